namespace KioskGuide.Central.Fleet;

/// <summary>What the server answers a heartbeat: when it got it (its own clock), so staff mode can show it.</summary>
public sealed record HeartbeatAnswer(DateTimeOffset ReceivedAt);
