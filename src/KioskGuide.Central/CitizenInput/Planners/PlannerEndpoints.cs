using KioskGuide.Central.Accounts;
using KioskGuide.Central.Accounts.Pages;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Planners.Pages;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Central.Demand.Reports;
using KioskGuide.Central.Demand.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>
/// The planners' side, for users with the planner role: the page (a Razor component rendered on the server),
/// hiding a free text, the CSV and the PDF. Posts need an antiforgery token; login is Accounts/.
/// </summary>
internal static class PlannerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // The landing address after a login: the planners' page is the only one so far.
        app.MapGet(PlannerRoutes.Root, () => TypedResults.Redirect(PlannerRoutes.Page));

        var planners = app.MapGroup(PlannerRoutes.Page)
            .RequireAuthorization(CentralRoles.PlannerPolicy)
            .WithPageHeaders();
        planners.MapGet("", PageAsync);
        planners.MapPost(PlannerRoutes.HidePath, HideAsync);
        planners.MapGet(PlannerRoutes.CsvPath, CsvAsync);
        planners.MapGet(PlannerRoutes.PdfPath, PdfAsync);
    }

    private static async Task<RazorComponentResult<PlannerPage>> PageAsync(
        HttpContext context, ReportBuilder reports, DemandReportBuilder demand, DemandDayStore demandDays, IResponseStore store, IOptions<CitizenInputServerOptions> options, CancellationToken cancellationToken)
    {
        var filter = ReportFilter.FromQuery(context.Request.Query);
        var view = await reports.BuildAsync(filter, cancellationToken);
        var configured = options.Value.Kiosks.Select(k => k.KioskId);
        var sites = (await store.KioskIdsAsync(cancellationToken)).Union(await demandDays.KioskIdsAsync(cancellationToken)).Union(configured).Order(StringComparer.Ordinal).ToList();
        return new RazorComponentResult<PlannerPage>(new Dictionary<string, object?>
        {
            [nameof(PlannerPage.View)] = view,
            [nameof(PlannerPage.UserName)] = context.User.Identity?.Name ?? "",
            [nameof(PlannerPage.Sites)] = sites,
            [nameof(PlannerPage.Areas)] = options.Value.Areas,
            [nameof(PlannerPage.Demand)] = await demand.BuildAsync(filter, cancellationToken),
        });
    }

    private static async Task<RedirectHttpResult> HideAsync(
        HttpContext context, IModerationStore moderation, TimeProvider time, ILoggerFactory loggers,
        [FromForm] Guid responseId, [FromForm] string questionId, [FromForm] string? returnQuery, CancellationToken cancellationToken)
    {
        var user = context.User.Identity?.Name ?? "?";
        await moderation.HideAsync(new TextKey(responseId, questionId), user, time.GetUtcNow(), cancellationToken);
        loggers.CreateLogger(typeof(PlannerEndpoints)).LogInformation("Planner {User} hid free text {Response}/{Question}", user, responseId, questionId);
        // Back to the same filters, rebuilt from parsed values so nothing else can ride along in the redirect.
        var filter = ReportFilter.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(returnQuery)));
        return TypedResults.Redirect($"{PlannerRoutes.Page}{filter.ToQueryString()}#fritekst");
    }

    private static async Task<FileContentHttpResult> CsvAsync(HttpContext context, ReportBuilder reports, DemandReportBuilder demand, CancellationToken cancellationToken)
    {
        var filter = ReportFilter.FromQuery(context.Request.Query);
        var view = await reports.BuildAsync(filter, cancellationToken);
        return TypedResults.File(CsvReport.Render(view, await demand.BuildAsync(filter, cancellationToken)), CsvReport.ContentType, "borgerinput.csv");
    }

    private static async Task<FileContentHttpResult> PdfAsync(HttpContext context, ReportBuilder reports, DemandReportBuilder demand, PdfReport pdf, CancellationToken cancellationToken)
    {
        var filter = ReportFilter.FromQuery(context.Request.Query);
        var view = await reports.BuildAsync(filter, cancellationToken);
        return TypedResults.File(pdf.Render(view, await demand.BuildAsync(filter, cancellationToken)), PdfReport.ContentType, "borgerinput-rapport.pdf");
    }
}
