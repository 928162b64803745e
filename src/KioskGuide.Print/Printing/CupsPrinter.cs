using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Print.Printing;

/// <summary>
/// A CUPS queue through the command line: <c>lp -d QUEUE -o media=…</c> with the PDF on standard input
/// (no temporary file), and <c>lpstat -p QUEUE</c> for the state. The media option matters: without it
/// CUPS reformats to the printer's default paper.
/// </summary>
public sealed class CupsPrinter(string queue, string lpCommand, string lpstatCommand, ILogger<CupsPrinter> logger) : IPrinter
{
    public string Description => $"CUPS queue {queue}";

    public async Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunAsync(lpstatCommand, ["-p", queue], null, cancellationToken);
        if (exit != 0)
        {
            logger.LogWarning("{Printer}: lpstat failed ({Exit}): {Error}", Description, exit, error.Trim());
            return PrinterStatus.Offline;
        }

        // "printer kiosk is idle.  enabled since …", "printer kiosk now printing kiosk-3.", "printer kiosk disabled since … - reason"
        var text = output.ToLowerInvariant();
        return text.Contains("disabled", StringComparison.Ordinal) || text.Contains("paused", StringComparison.Ordinal) ? PrinterStatus.Stopped
            : text.Contains("now printing", StringComparison.Ordinal) ? PrinterStatus.Processing
            : text.Contains("is idle", StringComparison.Ordinal) ? PrinterStatus.Idle
            : PrinterStatus.Offline;
    }

    public async Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var (exit, output, error) = await RunAsync(lpCommand,
            ["-d", queue, "-o", $"media={Paper.MediaName(job.Paper)}", "-t", job.Name, "--", "-"], job.Pdf, cancellationToken);
        if (exit == 0)
        {
            return new PrintResult(PrintOutcome.Printed, $"{Description}: {output.Trim()}");
        }

        var detail = $"{Description}: lp exited with {exit}: {error.Trim()}";
        var lower = error.ToLowerInvariant();
        return lower.Contains("not accepting", StringComparison.Ordinal) ? new PrintResult(PrintOutcome.PrinterStopped, detail)
            : lower.Contains("connect", StringComparison.Ordinal) || lower.Contains("not responding", StringComparison.Ordinal) || lower.Contains("not running", StringComparison.Ordinal)
                ? new PrintResult(PrintOutcome.PrinterOffline, detail)
            : new PrintResult(PrintOutcome.Refused, detail);
    }

    /// <summary>Runs a command with arguments (never through a shell); on cancellation the process is killed.</summary>
    private async Task<(int Exit, string Output, string Error)> RunAsync(string command, string[] arguments, byte[]? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            logger.LogError("{Printer}: cannot run '{Command}': {Reason}. Install cups-client.", Description, command, ex.Message);
            return (127, "", ex.Message);
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            if (input is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
            }
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        catch (IOException ex)
        {
            // lp quit before reading all of the PDF; its exit code and message say why.
            await process.WaitForExitAsync(CancellationToken.None);
            return (process.ExitCode == 0 ? 1 : process.ExitCode, "", $"{ex.Message} {await error}");
        }
    }
}
