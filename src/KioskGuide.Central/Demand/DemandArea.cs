using KioskGuide.Central.Demand.Api;
using KioskGuide.Central.Demand.Reports;
using KioskGuide.Central.Demand.Storage;

namespace KioskGuide.Central.Demand;

/// <summary>
/// Demand: the kiosks' anonymous counters of what people look for (PUT /api/demand/days, kiosk token) and their
/// sections on the planners' page, CSV and PDF. Stored in the citizen-input database, under its retention rule.
/// </summary>
public static class DemandArea
{
    public static IHostApplicationBuilder AddDemandArea(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemandDayStore>();
        builder.Services.AddHostedService<DemandRetention>();
        builder.Services.AddSingleton<OfferIndex>();
        builder.Services.AddSingleton<DemandReportBuilder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDemandArea(this IEndpointRouteBuilder app)
    {
        DemandApiEndpoints.Map(app);
        return app;
    }
}
