using KioskGuide.Domain.Operations;

namespace KioskGuide.Domain.Tests.Operations;

/// <summary>The rules the fleet page, /api/fleet, /metrics and staff mode share.</summary>
public sealed class KioskProblemsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    internal static KioskStatus Well() => new()
    {
        SiteName = "Åbæk Bibliotek",
        AppVersion = "1.0.0",
        ObservedAt = Now,
        Content = new ContentStatus(91, Now.AddDays(-1)),
        Sync = new SyncStatus(true, Now.AddMinutes(-5), null, 0),
        Answers = new OutboxStatus(true, 0, null),
        Printer = new PrinterReport(PrinterStates.Ready, "folder", 3, 200),
        FreeDiskBytes = 10L << 30,
    };

    [Fact]
    public void A_well_kiosk_seen_a_minute_ago_has_no_problems()
    {
        Assert.Empty(KioskProblems.Evaluate(Well(), Now.AddMinutes(-1), Now));
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(100, false)]
    public void A_nearly_full_disk_is_critical_and_says_answers_are_refused(int freeMb, bool problem)
    {
        var found = KioskProblems.Evaluate(Well() with { FreeDiskBytes = freeMb * 1024L * 1024 }, Now).SingleOrDefault(p => p.Code == "disk-nearly-full");

        Assert.Equal(problem, found is not null);
        if (found is not null)
        {
            Assert.Equal(ProblemSeverity.Critical, found.Severity);
            Assert.Contains("nye svar tages ikke imod", found.Danish, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_kiosk_that_never_reported_is_critical()
    {
        var problem = Assert.Single(KioskProblems.Evaluate(null, null, Now));
        Assert.Equal(("never-seen", ProblemSeverity.Critical), (problem.Code, problem.Severity));
    }

    [Theory]
    [InlineData(59, false)]
    [InlineData(61, true)]
    public void Silent_over_an_hour_is_critical(int minutes, bool silent)
    {
        var problems = KioskProblems.Evaluate(Well(), Now.AddMinutes(-minutes), Now);
        Assert.Equal(silent, problems.Any(p => p.Code == "silent" && p.Severity == ProblemSeverity.Critical));
    }

    [Theory]
    [InlineData(PrinterStates.OutOfPaper, "printer-out-of-paper")]
    [InlineData(PrinterStates.Jammed, "printer-jammed")]
    [InlineData(PrinterStates.Offline, "printer-offline")]
    [InlineData(PrinterStates.Stopped, "printer-stopped")]
    public void Printer_trouble_is_named(string state, string code)
    {
        var status = Well() with { Printer = new PrinterReport(state, "ipp", 0, 200) };
        Assert.Equal(code, Assert.Single(KioskProblems.Evaluate(status, Now)).Code);
    }

    [Fact]
    public void A_busy_printer_is_no_problem_but_a_used_up_page_cap_is()
    {
        Assert.Empty(KioskProblems.Evaluate(Well() with { Printer = new PrinterReport(PrinterStates.Busy, "ipp", 10, 200) }, Now));
        Assert.Equal("page-cap-reached", Assert.Single(KioskProblems.Evaluate(Well() with { Printer = new PrinterReport(PrinterStates.Ready, "ipp", 200, 200) }, Now)).Code);
    }

    [Theory]
    [InlineData(23, "timeout", false)]
    [InlineData(25, "timeout", true)]
    [InlineData(25, null, false)]
    public void Sync_failing_for_over_a_day_is_a_warning(int hoursSinceSuccess, string? error, bool failing)
    {
        var status = Well() with { Sync = new SyncStatus(true, Now.AddHours(-hoursSinceSuccess), error, 0) };
        Assert.Equal(failing, KioskProblems.Evaluate(status, Now).Any(p => p.Code == "sync-failing"));
    }

    [Fact]
    public void Sync_that_never_succeeded_and_fails_is_a_warning_and_sync_that_is_off_is_not()
    {
        Assert.Contains(KioskProblems.Evaluate(Well() with { Sync = new SyncStatus(true, null, "DNS", 0) }, Now), p => p.Code == "sync-failing");
        Assert.Empty(KioskProblems.Evaluate(Well() with { Sync = new SyncStatus(false, null, "DNS", 0) }, Now));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Answers_waiting_an_hour_are_a_warning(int hours, bool warned)
    {
        var status = Well() with { Answers = new OutboxStatus(true, 4, hours) };
        var problem = KioskProblems.Evaluate(status, Now).SingleOrDefault(p => p.Code == "answers-waiting");
        Assert.Equal(warned, problem is not null);
        if (warned)
        {
            Assert.Contains("4 svar", problem!.Danish, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quarantined_items_are_counted_in_the_words()
    {
        var status = Well() with { Sync = new SyncStatus(true, Now, null, 3) };
        var problem = Assert.Single(KioskProblems.Evaluate(status, Now));
        Assert.Equal("quarantined", problem.Code);
        Assert.StartsWith("3 tilbud", problem.Danish, StringComparison.Ordinal);
        Assert.StartsWith("3 feed items", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_files_set_aside_at_start_are_a_warning()
    {
        var problem = Assert.Single(KioskProblems.Evaluate(Well() with { FilesSetAside = 2 }, Now));
        Assert.Equal(("files-set-aside", ProblemSeverity.Warning), (problem.Code, problem.Severity));
    }

    [Fact]
    public void The_content_version_is_the_count_and_the_newest_change_in_UTC()
    {
        Assert.Equal("91/2026-12-06T10:00Z", new ContentStatus(91, new DateTimeOffset(2026, 12, 6, 11, 0, 0, TimeSpan.FromHours(1))).Version);
        Assert.Equal("0", new ContentStatus(0, null).Version);
    }
}
