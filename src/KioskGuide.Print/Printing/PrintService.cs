using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Print.Printing;

/// <summary>
/// Prints a laid-out document on the configured printer: checks the daily cap, asks the printer's
/// state, sends the PDF, counts the pages. Always answers within Print:TimeoutSeconds (5 s at most):
/// a printer that does not answer in time is reported offline, never waited for.
/// </summary>
public sealed class PrintService(IPrinter printer, DailyPageCounter pages, IOptions<PrintOptions> options, ILogger<PrintService> logger) : IDisposable
{
    // One print at a time: a double tap must not print twice, and the cap check and count stay together.
    private readonly SemaphoreSlim _one = new(1, 1);

    public IPrinter Printer { get; } = printer;

    /// <summary>
    /// Whether a document of <paramref name="pageCount"/> pages could print now, asked before the citizen is shown a
    /// preview: null when it could, else what stands in the way (the daily cap, or the printer's own state). Within
    /// the same time limit as a print; a printer that does not answer in time is reported offline.
    /// </summary>
    public async Task<PrintOutcome?> CheckAsync(int pageCount, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            if (!await pages.HasRoomForAsync(pageCount, deadline.Token))
            {
                return PrintOutcome.DailyCapReached;
            }

            var status = await Printer.GetStatusAsync(deadline.Token);
            if (status.Blocks() is { } blocked)
            {
                logger.LogWarning("Print not offered: {Printer} is {Status}.", Printer.Description, status);
                return blocked;
            }

            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Print not offered: {Printer} did not answer within {Seconds} s.", Printer.Description, options.Value.TimeoutSeconds);
            return PrintOutcome.PrinterOffline;
        }
    }

    public async Task<PrintResult> PrintAsync(LaidOutDocument document, string jobName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Real time, not TimeProvider: a test's frozen clock must never turn a printer call into a hang.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));

        try
        {
            await _one.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(new PrintResult(PrintOutcome.Refused, "Another print was still going on."), jobName);
        }

        try
        {
            if (!await pages.HasRoomForAsync(document.PageCount, deadline.Token))
            {
                return Log(new PrintResult(PrintOutcome.DailyCapReached, $"{await pages.PagesTodayAsync(CancellationToken.None)} of {pages.Cap} pages printed today."), jobName);
            }

            var status = await Printer.GetStatusAsync(deadline.Token);
            if (status.Blocks() is { } blocked)
            {
                return Log(new PrintResult(blocked, $"{Printer.Description} is {status}."), jobName);
            }

            var pdf = PdfRenderer.Render(document);
            var result = await Printer.SubmitAsync(new PrintJob(pdf, jobName, PaperOf(document), document.PageCount), deadline.Token);
            if (result.Succeeded)
            {
                await pages.AddAsync(document.PageCount, CancellationToken.None);
            }
            return Log(result, jobName);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(new PrintResult(PrintOutcome.PrinterOffline, $"{Printer.Description} did not answer within {options.Value.TimeoutSeconds} s."), jobName);
        }
        finally
        {
            _one.Release();
        }
    }

    private static PaperSize PaperOf(LaidOutDocument document) =>
        document.PageSize.Width > Paper.Size(PaperSize.A5).Width + 1 ? PaperSize.A4 : PaperSize.A5;

    private PrintResult Log(PrintResult result, string jobName)
    {
        if (result.Succeeded)
        {
            logger.LogInformation("Printed '{Job}': {Detail}", jobName, result.Detail);
        }
        else
        {
            logger.LogWarning("Did not print '{Job}': {Outcome}. {Detail}", jobName, result.Outcome, result.Detail);
        }
        return result;
    }

    public void Dispose() => _one.Dispose();
}
