using KioskGuide.Domain.Offers;

namespace KioskGuide.Domain.Taxonomy;

/// <summary>
/// One plain "who" choice a citizen can make about themselves, and which detailed terms it stands for.
/// An offer belongs to the group when it carries one of <see cref="TargetGroups"/> or <see cref="Themes"/>,
/// or its age range lies inside the group's ages.
/// </summary>
/// <param name="Code">Stable code, used in filters and on the catalogue command line.</param>
/// <param name="Da">What the citizen reads, in Danish: short, plain, nothing one would mind reading about oneself.</param>
/// <param name="En">The same in English.</param>
/// <param name="TargetGroups">Detailed codes of <see cref="KioskTaxonomy.TargetGroups"/> that belong to the group.</param>
/// <param name="Themes">Codes of <see cref="KioskTaxonomy.Themes"/> that make an offer one for the group.</param>
/// <param name="YoungestAtLeast">An offer whose youngest allowed age is at least this belongs to the group.</param>
/// <param name="OldestAtMost">An offer whose oldest allowed age is at most this belongs to the group.</param>
public sealed record CitizenGroup(
    string Code,
    string Da,
    string En,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Themes,
    int? YoungestAtLeast = null,
    int? OldestAtMost = null)
{
    public string Label(string language) => language == "da" ? Da : En;

    /// <summary>True when <paramref name="offer"/> is meant for this group.</summary>
    public bool Includes(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return HasAny(offer.TargetGroups, TargetGroups)
            || HasAny(offer.Themes, Themes)
            || (YoungestAtLeast is int youngest && offer.Ages is { Minimum: int min } && min >= youngest)
            || (OldestAtMost is int oldest && offer.Ages is { Maximum: int max } && max <= oldest);
    }

    private static bool HasAny(IReadOnlyList<string> codes, IReadOnlyList<string> wanted)
    {
        for (int i = 0; i < codes.Count; i++)
        {
            for (int j = 0; j < wanted.Count; j++)
            {
                if (string.Equals(codes[i], wanted[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// The one mapping from the detailed target-group vocabulary (municipal words such as "Førtidspensionister"
/// or "Psykisk sårbare", which stay in the data and on an offer's own screen) to the few plain choices the
/// citizen sees. The home tiles "For unge", "For seniorer" and "Børn og familier", the "Hvem" filter and the
/// printed catalogue's target-group selection all use these groups, so a tile and a filter can never disagree.
/// </summary>
/// <remarks>
/// Detailed terms that no group takes (unemployed, early-retired, outside the labour market, short education,
/// mental vulnerability) are still searchable and shown on the offer, but are never a button to press about
/// oneself in a library. An offer with no target group is for everyone and is found under "Alle".
/// </remarks>
public static class CitizenGroups
{
    /// <summary>Offers whose youngest allowed age is at least this are "for older people".</summary>
    public const int ElderlyFromAge = 60;

    /// <summary>Offers whose oldest allowed age is at most this are "for young people".</summary>
    public const int YoungUpToAge = 30;

    /// <summary>The "Hvem" panel shows at most this many groups, besides "Alle".</summary>
    public const int MaxShown = 7;

    public static readonly CitizenGroup Elderly = new(
        "elderly", "Ældre", "Older people",
        ["seniors", "single-elderly", "elderly-men", "elderly-ethnic-minority", "unemployed-seniors"], [],
        YoungestAtLeast: ElderlyFromAge);

    public static readonly CitizenGroup LivingAlone = new(
        "living-alone", "Bor alene", "Living alone", ["single-elderly", "elderly-men"], []);

    public static readonly CitizenGroup Young = new(
        "young", "Unge", "Young people", ["young", "young-women", "young-outside"], ["youth"],
        OldestAtMost: YoungUpToAge);

    public static readonly CitizenGroup Families = new(
        "families", "Børn og familier", "Children and families", ["children-families"], ["families"]);

    public static readonly CitizenGroup NewInDenmark = new(
        "new-in-denmark", "Ny i Danmark", "New in Denmark", ["refugees"], ["language-cafe"]);

    public static readonly CitizenGroup Relatives = new(
        "relatives", "Pårørende", "Family and carers of someone ill", ["relatives"], []);

    public static readonly CitizenGroup Bereaved = new(
        "bereaved", "Har mistet en nær", "Have lost someone close", ["bereaved"], []);

    public static readonly CitizenGroup IllnessOrDisability = new(
        "illness-disability", "Med sygdom eller handicap", "Living with illness or disability", ["chronic-illness", "disability"], []);

    /// <summary>Every group, in the order the "Hvem" panel lists them.</summary>
    public static readonly IReadOnlyList<CitizenGroup> All =
        [Elderly, LivingAlone, Young, Families, NewInDenmark, Relatives, Bereaved, IllnessOrDisability];

    public static CitizenGroup? Find(string? code) => code is null ? null : All.FirstOrDefault(g => g.Code == code);

    /// <summary>The groups a detailed target-group code belongs to (none for the terms no group takes).</summary>
    public static IEnumerable<CitizenGroup> Containing(string targetGroupCode) =>
        All.Where(g => g.TargetGroups.Contains(targetGroupCode, StringComparer.Ordinal));

    /// <summary>
    /// The groups worth offering for <paramref name="offers"/> (the list the citizen is looking at, before any
    /// "who" choice): those that keep some but not all of them, at most <see cref="MaxShown"/> (the largest),
    /// in <see cref="All"/>'s order. A group that changes nothing or empties the list is no help.
    /// <paramref name="chosen"/> is always kept, so a choice can be seen and undone.
    /// </summary>
    public static IReadOnlyList<CitizenGroup> RelevantTo(IReadOnlyCollection<Offer> offers, string? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var counted = All
            .Select((group, order) => (Group: group, Order: order, Count: offers.Count(group.Includes)))
            .Where(g => g.Group.Code == chosen || (g.Count > 0 && g.Count < offers.Count))
            .ToList();
        return [.. counted
            .OrderByDescending(g => g.Group.Code == chosen)
            .ThenByDescending(g => g.Count)
            .Take(MaxShown)
            .OrderBy(g => g.Order)
            .Select(g => g.Group)];
    }
}
