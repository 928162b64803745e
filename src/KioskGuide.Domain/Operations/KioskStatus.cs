namespace KioskGuide.Domain.Operations;

/// <summary>
/// How one kiosk is, as staff mode shows it and the heartbeat sends it to the central server. Nothing in it is
/// about a citizen: counts and ages only, and the age of the oldest waiting answer in whole hours, so a heartbeat
/// cannot tell when somebody stood at the kiosk.
/// </summary>
public sealed record KioskStatus
{
    public required string SiteName { get; init; }

    public required string AppVersion { get; init; }

    /// <summary>When the kiosk took this reading, by its own clock.</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    public long UptimeSeconds { get; init; }

    public required ContentStatus Content { get; init; }

    public required SyncStatus Sync { get; init; }

    public required OutboxStatus Answers { get; init; }

    public required PrinterReport Printer { get; init; }

    /// <summary>Free bytes on the disk holding the kiosk's data; null when it could not be read.</summary>
    public long? FreeDiskBytes { get; init; }

    /// <summary>Damaged database files moved aside at this start (kept for staff, see the kiosk's data folder).</summary>
    public int FilesSetAside { get; init; }

    /// <summary>When the central server last acknowledged a heartbeat; null when none has or none is configured.</summary>
    public DateTimeOffset? LastHeartbeatAnswer { get; init; }
}

/// <summary>What the kiosk shows: how many offers, and the newest change among them (its content version).</summary>
public sealed record ContentStatus(int Offers, DateTimeOffset? NewestChange)
{
    /// <summary>A short content version for people: "91 tilbud, 2026-12-05 14:03" — comparable across kiosks.</summary>
    public string Version => NewestChange is { } newest
        ? $"{Offers.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{newest.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)}"
        : Offers.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <param name="Enabled">False when the kiosk runs on built-in content without a feed.</param>
/// <param name="LastError">The last failure in words (no URL credentials, no citizen data); null after a success.</param>
public sealed record SyncStatus(bool Enabled, DateTimeOffset? LastSuccess, string? LastError, int QuarantinedItems);

/// <param name="Waiting">Answers not yet acknowledged by the server.</param>
/// <param name="OldestWaitingHours">Whole hours the oldest has waited (rounded down); null when none waits.</param>
public sealed record OutboxStatus(bool Enabled, int Waiting, int? OldestWaitingHours);

/// <param name="State">One of <see cref="PrinterStates"/>.</param>
/// <param name="PagesToday">Pages printed today, against <paramref name="PageCap"/>.</param>
public sealed record PrinterReport(string State, string Description, int PagesToday, int PageCap);

/// <summary>The printer states a status carries, as plain words that survive JSON and old kiosks.</summary>
public static class PrinterStates
{
    public const string Ready = "ready";
    public const string Busy = "busy";
    public const string Stopped = "stopped";
    public const string OutOfPaper = "out-of-paper";
    public const string Jammed = "jammed";
    public const string Offline = "offline";

    /// <summary>The state in plain Danish, as staff and IT read it.</summary>
    public static string Danish(string state) => state switch
    {
        Ready => "klar",
        Busy => "printer",
        Stopped => "sat på pause",
        OutOfPaper => "mangler papir",
        Jammed => "papir sidder fast",
        Offline => "svarer ikke",
        _ => state,
    };
}
