using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// Section "Heartbeat": how often the kiosk tells the central server how it is. The server and the token are the
/// citizen-input ones (Input:ServerUrl, Input:KioskToken); without a server no heartbeat is sent.
/// </summary>
public sealed class HeartbeatOptions
{
    public const string Section = "Heartbeat";

    [Range(10, 86_400, ErrorMessage = "Heartbeat:IntervalSeconds must be between 10 and 86400.")]
    public int IntervalSeconds { get; set; } = 300;
}
