using KioskGuide.Print.Printing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>The daily page cap: kept across restarts, new each Copenhagen day, and a friendly stop when reached.</summary>
public sealed class PageCapTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "kioskguide-cap", Guid.NewGuid().ToString("N")[..8], "print-pages.json");
    private readonly FakeTimeProvider _clock = new(Monday10);

    [Fact]
    public async Task Count_survives_a_restart_and_starts_over_after_midnight_in_copenhagen()
    {
        using (var before = Counter(200))
        {
            await before.AddAsync(3);
            await before.AddAsync(2);
        }

        using var after = Counter(200);
        Assert.Equal(5, await after.PagesTodayAsync());
        Assert.False(File.Exists(_file + ".tmp"));

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 22, 59, 0, TimeSpan.Zero)); // 23:59 in Copenhagen
        Assert.Equal(5, await after.PagesTodayAsync());
        _clock.Advance(TimeSpan.FromMinutes(2));                                       // 00:01 on Tuesday
        Assert.Equal(0, await after.PagesTodayAsync());
    }

    [Fact]
    public async Task Reaching_the_cap_gives_the_friendly_message_and_sends_nothing()
    {
        using var counter = Counter(3);
        await counter.AddAsync(2);
        var printer = new RecordingPrinter();
        using var service = new PrintService(printer, counter, Options.Create(new PrintOptions { DailyPageCap = 3 }), NullLogger<PrintService>.Instance);

        var twoPages = Composer().Leaflet(Lengthened(Demo("Spisefællesskab for enlige over 60")), Request(PaperSize.A5));
        Assert.Equal(2, twoPages.PageCount);
        var result = await service.PrintAsync(twoPages, "test");

        Assert.Equal(PrintOutcome.DailyCapReached, result.Outcome);
        Assert.Equal(0, printer.Jobs);

        var onePage = Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request(PaperSize.A5));
        Assert.Equal(PrintOutcome.Printed, (await service.PrintAsync(onePage, "test")).Outcome);
        Assert.Equal(3, await counter.PagesTodayAsync());
    }

    [Fact]
    public async Task A_hand_edited_broken_file_does_not_block_printing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        await File.WriteAllTextAsync(_file, "{ not json");
        using var counter = Counter(200);
        Assert.Equal(0, await counter.PagesTodayAsync());
        await counter.AddAsync(1);
        Assert.Contains("\"pages\":1", await File.ReadAllTextAsync(_file), StringComparison.Ordinal);
    }

    private DailyPageCounter Counter(int cap) => new(_file, cap, _clock, NullLogger<DailyPageCounter>.Instance);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    private sealed class RecordingPrinter : IPrinter
    {
        public int Jobs { get; private set; }

        public string Description => "recording printer";

        public Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken) => Task.FromResult(PrinterStatus.Idle);

        public Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken)
        {
            Jobs++;
            return Task.FromResult(new PrintResult(PrintOutcome.Printed, "recorded"));
        }
    }
}
