using KioskGuide.Central.Accounts;
using System.Security.Claims;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.CitizenInput.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>The planners' side: login, the page, hiding a free text, the CSV and the PDF. Posts need an antiforgery token.</summary>
internal static class PlannerEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(PlannerRoutes.Root, () => Results.Redirect(PlannerRoutes.Page));
        var planners = app.MapGroup("").RequireAuthorization(CentralRoles.PlannerPolicy);
        planners.MapGet(PlannerRoutes.Page, PageAsync);
        planners.MapPost(PlannerRoutes.Hide, HideAsync);
        planners.MapGet(PlannerRoutes.Csv, async (HttpContext context, ReportBuilder reports, CancellationToken ct) =>
        {
            var view = await reports.BuildAsync(ReportFilter.FromQuery(context.Request.Query), ct);
            return Results.File(CsvReport.Render(view), CsvReport.ContentType, "borgerinput.csv");
        });
        planners.MapGet(PlannerRoutes.Pdf, async (HttpContext context, ReportBuilder reports, PdfReport pdf, CancellationToken ct) =>
        {
            var view = await reports.BuildAsync(ReportFilter.FromQuery(context.Request.Query), ct);
            return Results.File(pdf.Render(view), PdfReport.ContentType, "borgerinput-rapport.pdf");
        });
    }

    private static async Task<IResult> PageAsync(
        HttpContext context, IAntiforgery antiforgery, ReportBuilder reports, IResponseStore store,
        IOptions<CitizenInputServerOptions> options, CancellationToken cancellationToken)
    {
        var view = await reports.BuildAsync(ReportFilter.FromQuery(context.Request.Query), cancellationToken);
        var configured = options.Value.Kiosks.Select(k => k.KioskId);
        var sites = (await store.KioskIdsAsync(cancellationToken)).Union(configured).Order(StringComparer.Ordinal).ToList();
        var pageContext = new PlannerPageContext(context.User.Identity?.Name ?? "", Token(context, antiforgery), sites, options.Value.Areas);
        return Page(context, PlannerPage.Render(view, pageContext));
    }

    private static async Task<IResult> HideAsync(
        HttpContext context, IModerationStore moderation, TimeProvider time, ILoggerFactory loggers,
        [FromForm] Guid responseId, [FromForm] string questionId, [FromForm] string? returnQuery, CancellationToken cancellationToken)
    {
        var user = context.User.Identity?.Name ?? "?";
        await moderation.HideAsync(new TextKey(responseId, questionId), user, time.GetUtcNow(), cancellationToken);
        loggers.CreateLogger(typeof(PlannerEndpoints)).LogInformation("Planner {User} hid free text {Response}/{Question}", user, responseId, questionId);
        // Back to the same filters, rebuilt from parsed values so nothing else can ride along in the redirect.
        var filter = ReportFilter.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(returnQuery)));
        return Results.Redirect($"{PlannerRoutes.Page}{filter.ToQueryString()}#fritekst");
    }

    private static AntiforgeryField Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Page(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(html, HtmlType, statusCode: status);
    }
}
