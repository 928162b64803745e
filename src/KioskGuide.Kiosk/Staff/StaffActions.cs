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
/// one plain Danish sentence for the screen.
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
    public string SyncNow()
    {
        logger.LogInformation("Staff action: sync now");
        snapshots.Invalidate();
        if (!sync.Value.Enabled)
        {
            return "Synkronisering er slået fra på denne kiosk: den viser sit indbyggede eller gemte indhold.";
        }

        syncNow.Request();
        return "Kiosken henter nye tilbud nu. Se \"Sidst hentet\" om et øjeblik.";
    }

    public async Task<string> PrintTestPageAsync(CancellationToken cancellationToken)
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
            return $"Testsiden kunne ikke laves: {ex.Message}";
        }
    }

    public async Task<string> PrintCatalogueAsync(CancellationToken cancellationToken)
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
            return $"Kataloget kunne ikke laves: {ex.Message}";
        }
    }

    public async Task<string> ResetPageCounterAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Staff action: reset the page counter");
        await pages.ResetAsync(cancellationToken);
        snapshots.Invalidate();
        return $"Sidetælleren står på 0 igen; kiosken må printe {pages.Cap} sider mere i dag.";
    }

    public void Reloaded() => logger.LogInformation("Staff action: reload the screen");

    public void Left() => logger.LogInformation("Staff mode: left");

    private static string Said(PrintResult result) => result.Outcome switch
    {
        PrintOutcome.Printed => "Printeren har fået siden.",
        PrintOutcome.OutOfPaper => "Printeren mangler papir.",
        PrintOutcome.PaperJam => "Papir sidder fast i printeren.",
        PrintOutcome.PrinterOffline => "Printeren svarer ikke. Er den tændt og sat til netværket?",
        PrintOutcome.PrinterStopped => "Printeren er sat på pause.",
        PrintOutcome.DailyCapReached => "Dagens sider er brugt. Nulstil sidetælleren, hvis der er papir nok.",
        PrintOutcome.Refused => $"Printeren ville ikke tage opgaven: {result.Detail}",
        _ => $"Det kunne ikke printes: {result.Detail}",
    };
}
