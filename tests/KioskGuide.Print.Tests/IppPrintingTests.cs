using System.Diagnostics;
using KioskGuide.Print.Printing;
using KioskGuide.Print.Printing.Ipp;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>Printing over IPP to a real IPP Everywhere printer (ippeveprinter), and the citizen's answer when a printer is stopped, empty, jammed or gone.</summary>
public sealed class IppPrintingTests(IppEvePrinter printer) : IClassFixture<IppEvePrinter>
{
    /// <summary>A4 is in ippeveprinter's media-supported, so it is asked for; A5 is not, so the job goes without media rather than be refused.</summary>
    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.A5)]
    public async Task Leaflet_printed_over_ipp_arrives_byte_identical(PaperSize paper)
    {
        using var ipp = new IppPrinter(printer.Uri, NullLogger<IppPrinter>.Instance);
        var document = Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request(paper));
        var pdf = PdfRenderer.Render(document);

        Assert.Contains(await ipp.GetStatusAsync(CancellationToken.None), new[] { PrinterStatus.Idle, PrinterStatus.Processing });
        var result = await ipp.SubmitAsync(new PrintJob(pdf, $"Leaflet {paper}", paper, document.PageCount), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        var spooled = await printer.SpooledFileAsync($"_{paper}".ToLowerInvariant(), pdf.Length);
        Assert.True(spooled is not null, $"Nothing spooled for {paper}: {string.Join(", ", Directory.GetFiles(printer.SpoolFolder))}");
        Assert.Equal(pdf, await File.ReadAllBytesAsync(spooled));
    }

    [Fact]
    public async Task Print_service_checks_the_printer_prints_and_counts_the_pages()
    {
        using var ipp = new IppPrinter(printer.Uri, NullLogger<IppPrinter>.Instance);
        using var service = Service(ipp, out var counter);
        var document = Composer().Leaflet(Demo("Spisefællesskab for enlige over 60"), Request());

        var result = await service.PrintAsync(document, "Spisefællesskab");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(document.PageCount, await counter.PagesTodayAsync());
    }

    [Theory]
    [InlineData(5, "none", PrintOutcome.PrinterStopped)]
    [InlineData(3, "media-empty-error", PrintOutcome.OutOfPaper)]
    [InlineData(5, "media-jam-error", PrintOutcome.PaperJam)]
    [InlineData(5, "offline", PrintOutcome.PrinterOffline)]
    public async Task A_printer_that_cannot_print_is_told_to_the_citizen_and_gets_no_job(int state, string reason, PrintOutcome expected)
    {
        await using var standIn = await StandInIppPrinter.StartAsync(state, [reason]);
        using var ipp = new IppPrinter(standIn.Uri, NullLogger<IppPrinter>.Instance);
        using var service = Service(ipp, out var counter);

        var clock = Stopwatch.StartNew();
        var result = await service.PrintAsync(Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request()), "test");

        Assert.Equal(expected, result.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(0, standIn.PrintJobs);
        Assert.Equal(0, await counter.PagesTodayAsync());
    }

    [Fact]
    public async Task A_refused_job_says_so_and_is_not_counted()
    {
        await using var standIn = await StandInIppPrinter.StartAsync(3, ["none"], IppStatusCode.ClientErrorDocumentFormatNotSupported);
        using var ipp = new IppPrinter(standIn.Uri, NullLogger<IppPrinter>.Instance);
        using var service = Service(ipp, out var counter);

        var result = await service.PrintAsync(Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request()), "test");

        Assert.Equal(PrintOutcome.Refused, result.Outcome);
        Assert.Equal(1, standIn.PrintJobs);
        Assert.Equal(0, await counter.PagesTodayAsync());
    }

    [Fact]
    public async Task Nothing_listening_is_offline_at_once()
    {
        using var ipp = new IppPrinter($"ipp://127.0.0.1:{IppEvePrinter.FreePort()}/ipp/print", NullLogger<IppPrinter>.Instance);
        using var service = Service(ipp, out _);

        var clock = Stopwatch.StartNew();
        var result = await service.PrintAsync(Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request()), "test");

        Assert.Equal(PrintOutcome.PrinterOffline, result.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_printer_that_never_answers_is_offline_within_five_seconds()
    {
        using var silent = new SilentPeer();
        using var ipp = new IppPrinter(silent.Uri, NullLogger<IppPrinter>.Instance);
        using var service = Service(ipp, out _);

        var clock = Stopwatch.StartNew();
        var result = await service.PrintAsync(Composer().Leaflet(Demo("Gå-gruppen fra Torvet"), Request()), "test");

        Assert.Equal(PrintOutcome.PrinterOffline, result.Outcome);
        // The deadline fires at 5 s; the margin above is for a busy 2-core test machine, not for the citizen.
        Assert.InRange(clock.Elapsed.TotalSeconds, 4.5, 6.0);
    }

    private static PrintService Service(IPrinter printer, out DailyPageCounter counter)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-print-tests", Guid.NewGuid().ToString("N")[..8]);
        counter = new DailyPageCounter(Path.Combine(folder, "print-pages.json"), 200, new FakeTimeProvider(Monday10), NullLogger<DailyPageCounter>.Instance);
        return new PrintService(printer, counter, Options.Create(new PrintOptions()), NullLogger<PrintService>.Instance);
    }
}
