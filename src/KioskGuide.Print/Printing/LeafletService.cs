using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Print.Printing;

/// <summary>A leaflet laid out once: its preview images are drawn from the same pages that print.</summary>
public sealed record LeafletProof(LaidOutDocument Document, IReadOnlyList<byte[]> PreviewPngs, string JobName);

/// <summary>What the kiosk's "Print leaflet" needs: a preview first, then the print of exactly that.</summary>
public sealed class LeafletService(PrintComposer composer, PrintService printing, PrintSite site, IOptions<PrintOptions> options, ILogger<LeafletService> logger)
{
    /// <summary>About 1,000 pixels tall whatever the paper: sharp in the preview dialog, small enough to send quickly.</summary>
    private const float PreviewHeightPixels = 1000;

    /// <summary>The leaflet and its preview; null when it cannot be made (the reason is logged for staff).</summary>
    public Task<LeafletProof?> PreviewAsync(Offer offer, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(offer);
        // Layout and PNG encoding are CPU work of some tens of milliseconds: keep them off the UI's thread.
        return Task.Run(() =>
        {
            try
            {
                var document = composer.Leaflet(offer, new PrintRequest
                {
                    Paper = options.Value.Paper,
                    Language = language,
                    SiteName = site.SiteName,
                    MunicipalityName = site.MunicipalityName,
                    LogoFile = options.Value.LogoFile,
                    FooterText = options.Value.FooterText,
                });
                float dpi = PreviewHeightPixels / document.PageSize.Height * 72f;
                var pngs = Enumerable.Range(0, document.PageCount).Select(page => PngRenderer.Render(document, page, dpi)).ToList();
                return (LeafletProof?)new LeafletProof(document, pngs, offer.Name);
            }
            catch (TemplateException ex)
            {
                logger.LogError("The leaflet for offer {OfferId} cannot be made: {Reason}", offer.Id, ex.Message);
                return null;
            }
        }, cancellationToken);
    }

    /// <summary>Null when the leaflet could print now; else why not (printer down, out of paper, today's pages used).</summary>
    public Task<PrintOutcome?> CheckAsync(LeafletProof proof, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return printing.CheckAsync(proof.Document.PageCount, cancellationToken);
    }

    public Task<PrintResult> PrintAsync(LeafletProof proof, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return printing.PrintAsync(proof.Document, proof.JobName, cancellationToken);
    }
}
