using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Print.Content;

/// <summary>
/// Which offers a printed catalogue holds. Null fields mean "all". A target group also takes offers
/// that are for everyone (no target group): a booklet for seniors should list the open café too.
/// </summary>
public sealed record CatalogueSelection
{
    public static readonly CatalogueSelection All = new();

    public string? Town { get; init; }

    /// <summary>A code from <see cref="KioskTaxonomy.TargetGroups"/>.</summary>
    public string? TargetGroup { get; init; }

    /// <summary>A code from <see cref="KioskTaxonomy.Themes"/>.</summary>
    public string? Theme { get; init; }

    public IEnumerable<Offer> Apply(IEnumerable<Offer> offers) => offers.Where(o =>
        (Town is null || o.Locations.Any(l => string.Equals(l.Town, Town, StringComparison.OrdinalIgnoreCase)))
        && (TargetGroup is null || o.TargetGroups.Count == 0 || o.TargetGroups.Contains(TargetGroup))
        && (Theme is null || o.Themes.Contains(Theme)));

    /// <summary>"Kildevang · Seniorer og ældre", or "Alle tilbud" when nothing is chosen.</summary>
    public string Describe(string language)
    {
        var parts = new List<string>();
        if (Town is not null)
        {
            parts.Add(Town);
        }
        if (TargetGroup is not null)
        {
            parts.Add(KioskTaxonomy.Find(TargetGroup)?.Label(language) ?? TargetGroup);
        }
        if (Theme is not null)
        {
            parts.Add(KioskTaxonomy.Find(Theme)?.Label(language) ?? Theme);
        }
        return parts.Count == 0 ? PrintText.AllOffers.For(language) : string.Join(" · ", parts);
    }

    /// <summary>Null when every code is known; otherwise which one is not, and what is allowed.</summary>
    public string? Problem()
    {
        if (TargetGroup is not null && !KioskTaxonomy.IsTargetGroup(TargetGroup))
        {
            return $"Unknown target group '{TargetGroup}'. Allowed: {string.Join(", ", KioskTaxonomy.TargetGroups.Select(t => t.Code))}.";
        }
        if (Theme is not null && !KioskTaxonomy.IsTheme(Theme))
        {
            return $"Unknown theme '{Theme}'. Allowed: {string.Join(", ", KioskTaxonomy.Themes.Select(t => t.Code))}.";
        }
        return null;
    }
}
