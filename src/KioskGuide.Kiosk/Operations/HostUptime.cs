using System.Diagnostics;

namespace KioskGuide.Kiosk.Operations;

/// <summary>How long this host process has run: one figure for staff mode, the heartbeat and /health/process.</summary>
internal static class HostUptime
{
    // The process's own start, not the first use of a class: a status read late after start still counts from boot.
    private static readonly DateTime StartedUtc = ReadStart();

    public static long Seconds => (long)(DateTime.UtcNow - StartedUtc).TotalSeconds;

    private static DateTime ReadStart()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }
}
