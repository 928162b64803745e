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
        app.MapGet(PlannerRoutes.Login, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, LoginPage.Render(Token(context, antiforgery), returnUrl, null)));
        app.MapPost(PlannerRoutes.Login, LoginAsync);

        var planners = app.MapGroup("").RequireAuthorization(CitizenInputPolicies.Planner);
        planners.MapPost(PlannerRoutes.Logout, LogoutAsync);
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

    private static async Task<IResult> LoginAsync(
        HttpContext context, IAntiforgery antiforgery, UserDirectory directory, ILoggerFactory loggers,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var user = directory.Verify(userName, password);
        if (user is null)
        {
            loggers.CreateLogger(typeof(PlannerEndpoints)).LogWarning("A planner login failed");
            return Page(context, LoginPage.Render(Token(context, antiforgery), returnUrl, "Forkert brugernavn eller adgangskode."), StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], CitizenInputPolicies.PlannerScheme);
        await context.SignInAsync(CitizenInputPolicies.PlannerScheme, new ClaimsPrincipal(identity));
        var target = returnUrl is { Length: > 1 } && returnUrl.StartsWith(PlannerRoutes.Root + "/", StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            ? returnUrl
            : PlannerRoutes.Page;
        return Results.Redirect(target);
    }

    // The form parameter makes the endpoint check the antiforgery token.
    private static async Task<IResult> LogoutAsync(HttpContext context, IFormCollection form)
    {
        await context.SignOutAsync(CitizenInputPolicies.PlannerScheme);
        return Results.Redirect(PlannerRoutes.Login);
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
