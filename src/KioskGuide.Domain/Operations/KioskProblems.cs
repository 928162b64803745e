namespace KioskGuide.Domain.Operations;

/// <summary>One thing wrong with a kiosk, for the fleet page and staff mode. <see cref="Code"/> is stable for tools.</summary>
public sealed record KioskProblem(string Code, ProblemSeverity Severity, string Danish, string English);

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ProblemSeverity>))]
public enum ProblemSeverity
{
    /// <summary>Worth a look today.</summary>
    Warning,
    /// <summary>Citizens are affected now (silent kiosk, no paper).</summary>
    Critical,
}

/// <summary>
/// The rules that turn a kiosk's last status into problems. Pure, so the fleet page, /api/fleet, /metrics and staff
/// mode agree: silent over an hour, printer trouble, sync failing for a day, answers waiting over an hour,
/// quarantined feed items.
/// </summary>
public static class KioskProblems
{
    public static readonly TimeSpan SilentAfter = TimeSpan.FromHours(1);
    public static readonly TimeSpan SyncFailingAfter = TimeSpan.FromHours(24);
    public const int AnswersWaitingHours = 1;

    /// <summary>Below this the kiosk refuses new answers (before SQLite fails half-way) and says so to staff.</summary>
    public const long MinFreeDiskBytes = 100L * 1024 * 1024;

    /// <param name="status">The last status received; null when the kiosk never reported.</param>
    /// <param name="lastSeen">When the server received it (the server's clock, not the kiosk's).</param>
    public static IReadOnlyList<KioskProblem> Evaluate(KioskStatus? status, DateTimeOffset? lastSeen, DateTimeOffset now)
    {
        var problems = new List<KioskProblem>();
        if (status is null || lastSeen is null)
        {
            problems.Add(new("never-seen", ProblemSeverity.Critical, "Har aldrig meldt sig", "Has never reported"));
            return problems;
        }

        if (now - lastSeen.Value > SilentAfter)
        {
            problems.Add(new("silent", ProblemSeverity.Critical,
                $"Tavs i {Duration(now - lastSeen.Value, danish: true)}", $"Silent for {Duration(now - lastSeen.Value, danish: false)}"));
        }

        problems.AddRange(Evaluate(status, now));
        return problems;
    }

    /// <summary>The problems a status shows by itself (staff mode: the kiosk judging itself).</summary>
    public static IReadOnlyList<KioskProblem> Evaluate(KioskStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        var problems = new List<KioskProblem>();
        var printer = status.Printer.State switch
        {
            PrinterStates.OutOfPaper => new KioskProblem("printer-out-of-paper", ProblemSeverity.Critical, "Printeren mangler papir", "Printer is out of paper"),
            PrinterStates.Jammed => new KioskProblem("printer-jammed", ProblemSeverity.Critical, "Papir sidder fast i printeren", "Paper jam in the printer"),
            PrinterStates.Offline => new KioskProblem("printer-offline", ProblemSeverity.Critical, "Printeren svarer ikke", "Printer is offline"),
            PrinterStates.Stopped => new KioskProblem("printer-stopped", ProblemSeverity.Warning, "Printeren er sat på pause", "Printer is paused"),
            _ => null,
        };
        if (printer is not null)
        {
            problems.Add(printer);
        }

        if (status.Printer.PageCap > 0 && status.Printer.PagesToday >= status.Printer.PageCap)
        {
            problems.Add(new("page-cap-reached", ProblemSeverity.Warning, "Dagens sider er brugt", "Today's page cap is reached"));
        }

        var sync = status.Sync;
        if (sync.Enabled && sync.LastError is not null && (sync.LastSuccess is null || now - sync.LastSuccess.Value > SyncFailingAfter))
        {
            problems.Add(new("sync-failing", ProblemSeverity.Warning, "Henter ikke nye tilbud (over et døgn)", "Sync failing for over a day"));
        }

        if (status.Answers.OldestWaitingHours >= AnswersWaitingHours)
        {
            problems.Add(new("answers-waiting", ProblemSeverity.Warning,
                $"{status.Answers.Waiting} svar venter på at blive sendt", $"{status.Answers.Waiting} answers waiting to be sent"));
        }

        if (status.FreeDiskBytes < MinFreeDiskBytes)
        {
            problems.Add(new("disk-nearly-full", ProblemSeverity.Critical,
                $"Disken er næsten fuld ({status.FreeDiskBytes / (1024 * 1024)} MB fri): nye svar tages ikke imod, tilbuddene vises stadig",
                $"Disk nearly full ({status.FreeDiskBytes / (1024 * 1024)} MB free): new answers are refused, offers are still shown"));
        }

        if (status.FilesSetAside > 0)
        {
            problems.Add(new("files-set-aside", ProblemSeverity.Warning,
                $"{status.FilesSetAside} beskadiget databasefil lagt til side ved start", $"{status.FilesSetAside} damaged database file(s) set aside at start"));
        }

        if (sync.QuarantinedItems > 0)
        {
            problems.Add(new("quarantined", ProblemSeverity.Warning,
                $"{sync.QuarantinedItems} tilbud i karantæne (fejl i data)", $"{sync.QuarantinedItems} feed items quarantined"));
        }

        return problems;
    }

    private static string Duration(TimeSpan span, bool danish) => span.TotalHours switch
    {
        < 48 => danish ? $"{(int)span.TotalHours} timer" : $"{(int)span.TotalHours} hours",
        _ => danish ? $"{(int)span.TotalDays} dage" : $"{(int)span.TotalDays} days",
    };
}
