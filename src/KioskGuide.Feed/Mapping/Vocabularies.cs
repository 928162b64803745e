using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// The profile's taxonomies, applied to services, organisations and places through HSDS <c>attribute</c>s.
/// Term ids are derived from (taxonomy, code), so a feed that sends only <c>taxonomy_term_id</c> is understood too.
/// </summary>
public static class Vocabularies
{
    public const string Theme = "dk-kiosk-theme";
    public const string TargetGroup = "dk-kiosk-target-group";
    public const string LifeArena = "dk-kiosk-life-arena";
    public const string Strategy = "dk-kiosk-strategy";
    public const string Purpose = "dk-kiosk-purpose";
    public const string JoinMethod = "dk-kiosk-join-method";
    public const string Accessibility = "dk-kiosk-accessibility";
    public const string ProviderType = "dk-kiosk-provider-type";

    public const string StepFree = "step-free";
    public const string HearingLoop = "hearing-loop";
    public const string AccessibleToilet = "accessible-toilet";

    public static readonly IReadOnlyList<(Purpose Value, TaxonomyTerm Term)> Purposes =
    [
        (Domain.Offers.Purpose.Preventive, new("preventive", "Forebyggende", "Preventive")),
        (Domain.Offers.Purpose.Remedial, new("remedial", "Afhjælpende", "Remedial")),
    ];

    public static readonly IReadOnlyList<(JoinMethod Value, TaxonomyTerm Term)> JoinMethods =
    [
        (Domain.Offers.JoinMethod.JustShowUp, new("just-show-up", "Mød bare op", "Just show up")),
        (Domain.Offers.JoinMethod.CallFirst, new("call-first", "Ring først", "Call first")),
        (Domain.Offers.JoinMethod.SignUp, new("sign-up", "Tilmelding", "Sign up")),
        (Domain.Offers.JoinMethod.Referral, new("referral", "Kræver henvisning", "Referral needed")),
    ];

    public static readonly IReadOnlyList<(ProviderType Value, TaxonomyTerm Term)> ProviderTypes =
    [
        (Domain.Offers.ProviderType.Municipality, new("municipality", "Kommune", "Municipality")),
        (Domain.Offers.ProviderType.Region, new("region", "Region", "Region")),
        (Domain.Offers.ProviderType.Association, new("association", "Forening", "Association")),
        (Domain.Offers.ProviderType.Volunteers, new("volunteers", "Frivillige", "Volunteers")),
        (Domain.Offers.ProviderType.CivilSocietyOrganisation, new("civil-society-organisation", "Civilsamfundsorganisation", "Civil society organisation")),
        (Domain.Offers.ProviderType.HousingAssociation, new("housing-association", "Boligforening", "Housing association")),
        (Domain.Offers.ProviderType.VolunteerCentre, new("volunteer-centre", "Frivilligcenter", "Volunteer centre")),
    ];

    public static readonly IReadOnlyList<TaxonomyTerm> AccessibilityTerms =
    [
        new(StepFree, "Trinfri adgang", "Step-free access"),
        new(HearingLoop, "Teleslynge", "Hearing loop"),
        new(AccessibleToilet, "Handicaptoilet", "Accessible toilet"),
    ];

    /// <summary>Every taxonomy with its terms, in the order the taxonomy feed publishes them.</summary>
    public static readonly IReadOnlyList<(string Taxonomy, IReadOnlyList<TaxonomyTerm> Terms)> All =
    [
        (Theme, KioskTaxonomy.Themes),
        (TargetGroup, KioskTaxonomy.TargetGroups),
        (LifeArena, KioskTaxonomy.LifeArenas),
        (Strategy, KioskTaxonomy.Strategies),
        (Purpose, [.. Purposes.Select(p => p.Term)]),
        (JoinMethod, [.. JoinMethods.Select(j => j.Term)]),
        (Accessibility, AccessibilityTerms),
        (ProviderType, [.. ProviderTypes.Select(p => p.Term)]),
    ];

    private static readonly Dictionary<Guid, (string Taxonomy, string Code)> ById =
        All.SelectMany(t => t.Terms.Select(term => (Id: TermId(t.Taxonomy, term.Code), t.Taxonomy, term.Code)))
            .ToDictionary(x => x.Id, x => (x.Taxonomy, x.Code));

    private static readonly Dictionary<(string, string), TaxonomyTerm> ByCode =
        All.SelectMany(t => t.Terms.Select(term => (Key: (t.Taxonomy, term.Code), term)))
            .ToDictionary(x => x.Key, x => x.term);

    public static Guid TermId(string taxonomy, string code) => StableId.Create(StableId.ProfileNamespace, $"taxonomy_term/{taxonomy}/{code}");

    public static (string Taxonomy, string Code)? FindById(Guid id) => ById.TryGetValue(id, out var found) ? found : null;

    public static TaxonomyTerm? Find(string taxonomy, string code) => ByCode.GetValueOrDefault((taxonomy, code));

    public static bool IsKnownTaxonomy(string taxonomy) => All.Any(t => t.Taxonomy == taxonomy);
}
