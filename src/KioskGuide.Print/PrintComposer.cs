using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Content;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Templates;

namespace KioskGuide.Print;

/// <summary>Lays out leaflets and catalogues from the current templates. Thread-safe: each call has its own layout state.</summary>
public sealed class PrintComposer(TemplateStore templates, TimeProvider time)
{
    public TemplateStore Templates { get; } = templates;

    /// <exception cref="TemplateException">When the leaflet template, a font or the logo is missing or wrong.</exception>
    public LaidOutDocument Leaflet(Offer offer, PrintRequest request)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(request);
        var template = Templates.Get(TemplateKind.Leaflet, request.LogoFile);
        return LeafletLayout.Lay(offer, template, request, time.GetUtcNow(), KioskTimeZone.Copenhagen);
    }

    /// <summary>
    /// Staff mode's test page: which kiosk, which printer, when, and a few lines in the leaflet's fonts and sizes, so
    /// staff can see that paper, toner and alignment are right without printing a citizen's leaflet.
    /// </summary>
    /// <exception cref="TemplateException">When the leaflet template or a font is missing or wrong.</exception>
    public LaidOutDocument TestPage(string siteName, string printerDescription, PaperSize? paper)
    {
        var loaded = Templates.Get(TemplateKind.Leaflet, null);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen);
        using var flow = new FlowDocument(loaded.Fonts, new FlowStyle { Paper = paper ?? loaded.Template.Paper, TitleSize = 24, BodySize = 14 });
        flow.Title("Testside / Test page");
        flow.Text($"Kiosk: {siteName}");
        flow.Text($"Printer: {printerDescription}");
        flow.Text($"Udskrevet / printed: {now.ToString("dddd d. MMMM yyyy 'kl.' HH.mm", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))}");
        flow.Space(12);
        flow.Heading("Æ Ø Å æ ø å — 0123456789");
        flow.Text("Hvis denne side er ren og lige, og teksten ovenfor er skarp, er printeren klar til folderne.");
        flow.Text("If this page is clean and straight and the text above is sharp, the printer is ready for leaflets.", FlowText.Small);
        return flow.Finish(new DocumentInfo("Testside", "KioskGuide", "Printer test page", "da"), siteName, (page, pages) => $"{page}/{pages}");
    }

    /// <exception cref="TemplateException">When the catalogue template, a font or the logo is missing or wrong.</exception>
    public LaidOutDocument Catalogue(IEnumerable<Offer> offers, CatalogueSelection selection, PrintRequest request)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(request);
        var template = Templates.Get(TemplateKind.Catalogue, request.LogoFile);
        return CatalogueLayout.Lay(selection.Apply(offers).ToList(), selection, template, request, time.GetUtcNow(), KioskTimeZone.Copenhagen);
    }
}
