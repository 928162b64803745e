using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Operations;
using KioskGuide.Print;
using KioskGuide.Print.Content;
using KioskGuide.Print.Printing;
using KioskGuide.Print.Templates;
using KioskGuide.Sync;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// What staff mode's buttons do. Each is logged by name only — no citizen data exists here to log — and returns
/// one plain sentence for the screen as a StaffText key (Danish or English, as the staff member reads it).
/// </summary>
public sealed class StaffActions(
    SyncNow syncNow,
    IOptions<SyncOptions> sync,
    PrintComposer composer,
    PrintService printing,
    DailyPageCounter pages,
    CatalogueProvider catalogues,
    StatusSnapshots snapshots,
    IOptions<KioskOptions> kiosk,
    IOptions<PrintOptions> print,
    ILogger<StaffActions> logger)
{
    public StaffMessage SyncNow()
    {
        logger.LogInformation("Staff action: sync now");
        snapshots.Invalidate();
        if (!sync.Value.Enabled)
        {
            return new("SyncDisabled");
        }

        syncNow.Request();
        return new("SyncRequested");
    }

    public async Task<StaffMessage> PrintTestPageAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Staff action: print a test page");
        try
        {
            var page = composer.TestPage(kiosk.Value.SiteName, printing.Printer.Description, print.Value.Paper);
            return Said(await printing.PrintAsync(page, "testside", cancellationToken));
        }
        catch (TemplateException ex)
        {
            logger.LogError("Test page could not be made: {Reason}", ex.Message);
            return new("TestPageFailed", ex.Message);
        }
    }

    public async Task<StaffMessage> PrintCatalogueAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Staff action: print this site's catalogue");
        try
        {
            var request = new PrintRequest { SiteName = kiosk.Value.SiteName, MunicipalityName = kiosk.Value.MunicipalityName };
            var document = composer.Catalogue(catalogues.Current.Offers, CatalogueSelection.All, request);
            return Said(await printing.PrintAsync(document, "katalog", cancellationToken));
        }
        catch (TemplateException ex)
        {
            logger.LogError("Catalogue could not be made: {Reason}", ex.Message);
            return new("CatalogueFailed", ex.Message);
        }
    }

    public async Task<StaffMessage> ResetPageCounterAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Staff action: reset the page counter");
        await pages.ResetAsync(cancellationToken);
        snapshots.Invalidate();
        return new("PagesReset", pages.Cap);
    }

    public void Reloaded() => logger.LogInformation("Staff action: reload the screen");

    public void Left() => logger.LogInformation("Staff mode: left");

    private static StaffMessage Said(PrintResult result) => result.Outcome switch
    {
        PrintOutcome.Printed => new("Printed"),
        PrintOutcome.OutOfPaper => new("OutOfPaper"),
        PrintOutcome.PaperJam => new("PaperJam"),
        PrintOutcome.PrinterOffline => new("PrinterOffline"),
        PrintOutcome.PrinterStopped => new("PrinterStopped"),
        PrintOutcome.DailyCapReached => new("DailyCapReached"),
        PrintOutcome.Refused => new("PrintRefused", result.Detail),
        _ => new("PrintFailed", result.Detail),
    };
}
