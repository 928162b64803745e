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
