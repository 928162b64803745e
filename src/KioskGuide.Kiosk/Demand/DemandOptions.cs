using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.Demand;

/// <summary>Section "Demand": the anonymous demand counters (what people look for). Sent to Input:ServerUrl with Input:KioskToken.</summary>
public sealed class DemandOptions
{
    public const string Section = "Demand";

    /// <summary>False: nothing is counted at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Seconds between flushes of the in-memory counters to the kiosk's database. A crash (power cut, kill -9) loses at
    /// most the taps of this many seconds; a normal stop loses none (the last flush runs at stop).
    /// </summary>
    [Range(1, 300)]
    public int FlushSeconds { get; set; } = 10;

    /// <summary>Minutes between checks for closed days to send. A day is sent once, after it has ended (and again only if a late flush changed it).</summary>
    [Range(1, 1440)]
    public int UploadCheckMinutes { get; set; } = 60;
}
