namespace KioskGuide.Central.Fleet;

/// <summary>The fleet area's addresses.</summary>
public static class FleetRoutes
{
    /// <summary>Kiosks POST their status here with their token.</summary>
    public const string Heartbeat = "/api/fleet/heartbeat";

    /// <summary>The fleet as JSON, for IT tools (login with the IT or planner role).</summary>
    public const string Api = "/api/fleet";

    /// <summary>The fleet page for people.</summary>
    public const string Page = "/fleet";

    /// <summary>Prometheus text format.</summary>
    public const string Metrics = "/metrics";
}
