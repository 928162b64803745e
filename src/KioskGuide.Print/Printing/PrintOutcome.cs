namespace KioskGuide.Print.Printing;

/// <summary>What happened to a print, in the terms the citizen is told.</summary>
public enum PrintOutcome
{
    /// <summary>
    /// The printer (or the print folder) took the job. That is all that is known: not that the paper is out yet,
    /// so the citizen is told "the printer has your leaflet; it comes out in a moment".
    /// </summary>
    Printed,
    /// <summary>Unreachable, switched off, or no answer within the time limit.</summary>
    PrinterOffline,
    /// <summary>Paused, stopped or not accepting jobs.</summary>
    PrinterStopped,
    OutOfPaper,
    PaperJam,
    /// <summary>The printer answered but would not take this job.</summary>
    Refused,
    /// <summary>This kiosk has printed its pages for today.</summary>
    DailyCapReached,
    /// <summary>The leaflet could not be made (a template or font problem); staff must look.</summary>
    NotAvailable,
}

/// <summary>The outcome, and for the log a few words on why.</summary>
public sealed record PrintResult(PrintOutcome Outcome, string Detail)
{
    public bool Succeeded => Outcome == PrintOutcome.Printed;
}

/// <summary>A printer's state as IPP names it (printer-state plus the reasons that matter).</summary>
public enum PrinterStatus
{
    Idle,
    Processing,
    Stopped,
    MediaEmpty,
    MediaJam,
    Offline,
}

/// <summary>A PDF ready for a printer.</summary>
public sealed record PrintJob(byte[] Pdf, string Name, PaperSize Paper, int Pages);

/// <summary>Something that prints PDFs: an IPP printer, a CUPS queue or a folder.</summary>
public interface IPrinter
{
    /// <summary>For logs, e.g. "IPP printer http://192.168.1.50:631/ipp/print".</summary>
    string Description { get; }

    /// <summary>The printer's state now. Never throws for an unreachable printer: that is <see cref="PrinterStatus.Offline"/>.</summary>
    Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>Sends the job. Never throws for printer trouble: the result says what happened.</summary>
    Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken);
}

public static class PrinterStatusExtensions
{
    /// <summary>The outcome to report without sending the job, or null when the printer can take it.</summary>
    public static PrintOutcome? Blocks(this PrinterStatus status) => status switch
    {
        PrinterStatus.Idle or PrinterStatus.Processing => null,
        PrinterStatus.MediaEmpty => PrintOutcome.OutOfPaper,
        PrinterStatus.MediaJam => PrintOutcome.PaperJam,
        PrinterStatus.Stopped => PrintOutcome.PrinterStopped,
        _ => PrintOutcome.PrinterOffline,
    };
}
