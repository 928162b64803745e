using KioskGuide.Kiosk.Localization;
using KioskGuide.Print.Printing;

namespace KioskGuide.Kiosk.Printing;

/// <summary>What the citizen is told after a print, in plain words: what happened and what to do.</summary>
internal static class PrintMessages
{
    public static string For(PrintOutcome outcome) => outcome switch
    {
        PrintOutcome.Printed => UiText.PrintDone,
        PrintOutcome.PrinterOffline => UiText.PrintOffline,
        PrintOutcome.PrinterStopped => UiText.PrintStopped,
        PrintOutcome.OutOfPaper => UiText.PrintOutOfPaper,
        PrintOutcome.PaperJam => UiText.PrintPaperJam,
        PrintOutcome.Refused => UiText.PrintRefused,
        PrintOutcome.DailyCapReached => UiText.PrintCapReached,
        _ => UiText.PrintUnavailable,
    };
}
