using System.Diagnostics;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// GET /health/process: the host's own memory, threads, handles and connected screens, for IT and the soak benchmark
/// ("memory flat over weeks" is checked against these, not against a tool's process). Loopback only, like all of the
/// host; no citizen data.
/// </summary>
public static class ProcessFigures
{
    public const string Path = "/health/process";

    public static IEndpointRouteBuilder MapProcessFigures(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ScreenCircuits screens) => Results.Json(Read(screens.Connected)));
        return app;
    }

    public static Figures Read(int screens)
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new Figures(
            RssMb: Mb(process.WorkingSet64),
            ManagedHeapMb: Mb(GC.GetTotalMemory(forceFullCollection: false)),
            GcCommittedMb: Mb(gc.TotalCommittedBytes),
            Threads: process.Threads.Count,
            Handles: process.HandleCount,
            Gen2Collections: GC.CollectionCount(2),
            ServerGc: System.Runtime.GCSettings.IsServerGC,
            ScreensConnected: screens,
            UptimeMinutes: HostUptime.Seconds / 60);
    }

    private static double Mb(long bytes) => Math.Round(bytes / 1048576.0, 1);

    public sealed record Figures(double RssMb, double ManagedHeapMb, double GcCommittedMb, int Threads, int Handles, int Gen2Collections, bool ServerGc, int ScreensConnected, long UptimeMinutes);
}
