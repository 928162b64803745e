using KioskGuide.Domain.Operations;
using Prometheus;

namespace KioskGuide.Central.Fleet;

/// <summary>
/// The fleet as Prometheus gauges on /metrics (prometheus-net), refreshed from <see cref="FleetView"/> at each
/// scrape. A registry of its own, so two servers in one process (tests) never share numbers, and no process
/// metrics: the page is for watching kiosks.
/// </summary>
public sealed class FleetMetrics
{
    private readonly Gauge _kiosks;
    private readonly Gauge _lastSeen;
    private readonly Gauge _problems;
    private readonly Gauge _answersWaiting;
    private readonly Gauge _quarantined;
    private readonly Gauge _printerOk;

    /// <remarks>The view is resolved at the first scrape, not here: /metrics is mapped while the app is built, before its settings are validated.</remarks>
    public FleetMetrics(IServiceProvider services, TimeProvider time)
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _kiosks = factory.CreateGauge("kioskguide_fleet_kiosks", "Known kiosks by state: well, problem (a warning), critical (silent, never seen, printer down).", "state");
        _lastSeen = factory.CreateGauge("kioskguide_kiosk_last_seen_age_seconds", "Seconds since the kiosk's last heartbeat.", "kiosk");
        _problems = factory.CreateGauge("kioskguide_kiosk_problems", "Problems the fleet page shows for the kiosk.", "kiosk", "severity");
        _answersWaiting = factory.CreateGauge("kioskguide_kiosk_answers_waiting", "Citizen answers waiting on the kiosk to be sent.", "kiosk");
        _quarantined = factory.CreateGauge("kioskguide_kiosk_quarantined_items", "Feed items the kiosk set aside as malformed.", "kiosk");
        _printerOk = factory.CreateGauge("kioskguide_kiosk_printer_ready", "1 when the kiosk's printer can print, else 0.", "kiosk");
        Registry.AddBeforeCollectCallback(async cancel => Refresh(await services.GetRequiredService<FleetView>().BuildAsync(cancel), time.GetUtcNow()));
    }

    public CollectorRegistry Registry { get; }

    private void Refresh(IReadOnlyList<FleetKiosk> fleet, DateTimeOffset now)
    {
        _kiosks.WithLabels("well").Set(fleet.Count(k => k.IsWell));
        _kiosks.WithLabels("problem").Set(fleet.Count(k => !k.IsWell && k.Problems.All(p => p.Severity != ProblemSeverity.Critical)));
        _kiosks.WithLabels("critical").Set(fleet.Count(k => k.Problems.Any(p => p.Severity == ProblemSeverity.Critical)));
        foreach (var gauge in new[] { _lastSeen, _problems, _answersWaiting, _quarantined, _printerOk })
        {
            // A kiosk removed from the fleet must not linger as a stale series.
            foreach (var labels in gauge.GetAllLabelValues().ToList())
            {
                gauge.RemoveLabelled(labels);
            }
        }

        foreach (var kiosk in fleet)
        {
            if (kiosk.LastSeen is { } seen)
            {
                _lastSeen.WithLabels(kiosk.KioskId).Set(Math.Max(0, (now - seen).TotalSeconds));
            }

            _problems.WithLabels(kiosk.KioskId, "critical").Set(kiosk.Problems.Count(p => p.Severity == ProblemSeverity.Critical));
            _problems.WithLabels(kiosk.KioskId, "warning").Set(kiosk.Problems.Count(p => p.Severity == ProblemSeverity.Warning));
            if (kiosk.Status is { } status)
            {
                _answersWaiting.WithLabels(kiosk.KioskId).Set(status.Answers.Waiting);
                _quarantined.WithLabels(kiosk.KioskId).Set(status.Sync.QuarantinedItems);
                _printerOk.WithLabels(kiosk.KioskId).Set(status.Printer.State is PrinterStates.Ready or PrinterStates.Busy ? 1 : 0);
            }
        }
    }
}
