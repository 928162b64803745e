using System.Diagnostics;
using KioskGuide.Print.Printing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>The folder printer (demos) and the CUPS queue through lp, with stand-in lp and lpstat scripts.</summary>
public sealed class LocalPrinterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-local-print", Guid.NewGuid().ToString("N")[..8]);

    public LocalPrinterTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Folder_printer_writes_the_pdf_whole_and_leaves_no_temporary_file()
    {
        var printer = new FolderPrinter(Path.Combine(_folder, "printed"), new FakeTimeProvider(Monday10), NullLogger<FolderPrinter>.Instance);
        byte[] pdf = [.. "%PDF-1.4 test"u8];

        Assert.Equal(PrinterStatus.Idle, await printer.GetStatusAsync(CancellationToken.None));
        var result = await printer.SubmitAsync(new PrintJob(pdf, "Gå-gruppen fra Torvet", PaperSize.A5, 1), CancellationToken.None);

        Assert.Equal(PrintOutcome.Printed, result.Outcome);
        var file = Assert.Single(Directory.GetFiles(printer.Folder, "*", SearchOption.AllDirectories));
        Assert.Matches(@"^20261123-100000-gaa-gruppen-fra-torvet-[0-9a-f]{6}\.pdf$", Path.GetFileName(file));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Cups_queue_gets_the_pdf_on_stdin_with_queue_and_paper()
    {
        var lp = Script("lp", """
            printf '%s\n' "$@" > "$(dirname "$0")/lp.args"
            cat > "$(dirname "$0")/lp.stdin"
            echo "request id is kiosk-1 (1 file(s))"
            """);
        var lpstat = Script("lpstat", "echo 'printer kiosk is idle.  enabled since Mon 23 Nov 2026'");
        var printer = new CupsPrinter("kiosk", lp, lpstat, NullLogger<CupsPrinter>.Instance);
        var pdf = new byte[200_000];
        Random.Shared.NextBytes(pdf);

        Assert.Equal(PrinterStatus.Idle, await printer.GetStatusAsync(CancellationToken.None));
        var result = await printer.SubmitAsync(new PrintJob(pdf, "Gåtur", PaperSize.A5, 1), CancellationToken.None);

        Assert.Equal(PrintOutcome.Printed, result.Outcome);
        Assert.Equal(["-d", "kiosk", "-o", "media=iso_a5_148x210mm", "-t", "Gåtur", "--", "-"], await File.ReadAllLinesAsync(Path.Combine(_folder, "lp.args")));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(_folder, "lp.stdin")));
    }

    [Theory]
    [InlineData("lp: Destination \"kiosk\" is not accepting jobs.", PrintOutcome.PrinterStopped)]
    [InlineData("lp: Unable to connect to server", PrintOutcome.PrinterOffline)]
    [InlineData("lp: The printer or class does not exist.", PrintOutcome.Refused)]
    public async Task Cups_errors_become_the_citizens_messages(string error, PrintOutcome expected)
    {
        var lp = Script("lp", $"cat > /dev/null; echo '{error}' >&2; exit 1");
        var printer = new CupsPrinter("kiosk", lp, "lpstat", NullLogger<CupsPrinter>.Instance);

        var result = await printer.SubmitAsync(new PrintJob([1, 2, 3], "x", PaperSize.A4, 1), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public async Task Disabled_queue_is_stopped_and_a_missing_lp_is_offline()
    {
        var lpstat = Script("lpstat", "echo 'printer kiosk disabled since Mon 23 Nov 2026 -'; echo '\tPaused'");
        Assert.Equal(PrinterStatus.Stopped, await new CupsPrinter("kiosk", "lp", lpstat, NullLogger<CupsPrinter>.Instance).GetStatusAsync(CancellationToken.None));

        var missing = new CupsPrinter("kiosk", "/nowhere/lp", "/nowhere/lpstat", NullLogger<CupsPrinter>.Instance);
        Assert.Equal(PrinterStatus.Offline, await missing.GetStatusAsync(CancellationToken.None));
        Assert.Equal(PrintOutcome.Refused, (await missing.SubmitAsync(new PrintJob([1], "x", PaperSize.A5, 1), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_hanging_lp_is_killed_when_the_time_is_up()
    {
        var lp = Script("lp", "echo $$ > \"$(dirname \"$0\")/lp.pid\"; exec sleep 30");
        var printer = new CupsPrinter("kiosk", lp, "lpstat", NullLogger<CupsPrinter>.Instance);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printer.SubmitAsync(new PrintJob([1], "x", PaperSize.A5, 1), deadline.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3));
        var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(_folder, "lp.pid"))).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(200);
        Assert.False(Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(" Z ", StringComparison.Ordinal), "lp still runs");
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
