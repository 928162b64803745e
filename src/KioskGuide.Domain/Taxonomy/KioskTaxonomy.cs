namespace KioskGuide.Domain.Taxonomy;

/// <summary>
/// The vocabularies offers are tagged with (see the domain brief). Codes are stable identifiers
/// used in feeds and storage; labels are what citizens read.
/// </summary>
public static class KioskTaxonomy
{
    /// <summary>What an offer is about, in plain words; the home tiles are built from these.</summary>
    public static readonly IReadOnlyList<TaxonomyTerm> Themes =
    [
        new("walking", "Gåture og gå-grupper", "Walks and walking groups"),
        new("exercise", "Motion og bevægelse", "Exercise and movement"),
        new("dining", "Spisefællesskaber", "Eating together"),
        new("visiting-friend", "Besøgsven", "Visiting friend"),
        new("phone-friend", "Telefonven og samtale", "Phone friend and talks"),
        new("drop-in", "Væresteder og åbne caféer", "Drop-in places and open cafés"),
        new("counselling", "Rådgivning og samtaler", "Counselling and talks"),
        new("self-help", "Selvhjælpsgrupper", "Self-help groups"),
        new("courses", "Kurser og læring", "Courses and learning"),
        new("culture", "Kultur, læsning og kreativitet", "Culture, reading and creativity"),
        new("nature", "Natur og have", "Nature and gardening"),
        new("volunteering", "Bliv frivillig", "Become a volunteer"),
        new("youth", "Ungefællesskaber", "Youth communities"),
        new("families", "Børn og familier", "Children and families"),
        new("digital", "Digital hjælp og online fællesskaber", "Digital help and online communities"),
        new("language-cafe", "Sprogcafé og netværk for nye i Danmark", "Language café and network for newcomers"),
    ];

    /// <summary>Who an offer is for. An offer with no target group is for everyone.</summary>
    public static readonly IReadOnlyList<TaxonomyTerm> TargetGroups =
    [
        new("young-women", "Unge kvinder 16–24 år", "Young women aged 16–24"),
        new("young-outside", "Unge uden for ungefællesskaber", "Young people outside youth communities"),
        new("short-education", "Kort eller ingen uddannelse", "Short or no education"),
        new("unemployed", "Ledige", "Unemployed"),
        new("early-retired", "Førtidspensionister", "Early retirees"),
        new("outside-labour-market", "Uden for arbejdsmarkedet", "Outside the labour market"),
        new("mental-vulnerability", "Psykisk sårbare", "People with mental health problems"),
        new("disability", "Fysisk eller psykisk handicap", "Physical or mental disability"),
        new("chronic-illness", "Kronisk syge", "People with a chronic illness"),
        new("relatives", "Pårørende til syge", "Relatives of the seriously ill"),
        new("single-elderly", "Enlige ældre", "Older people living alone"),
        new("elderly-men", "Ældre mænd, der bor alene", "Older men living alone"),
        new("elderly-ethnic-minority", "Ældre med anden etnisk baggrund", "Older people of other ethnic background"),
        new("refugees", "Nytilkomne flygtninge", "Newly arrived refugees"),
        new("children-families", "Børn og familier", "Children and families"),
        new("unemployed-seniors", "Ledige seniorer", "Unemployed seniors"),
        new("seniors", "Seniorer og ældre", "Seniors and older people"),
        new("young", "Unge", "Young people"),
        new("bereaved", "Efterladte og sørgende", "The bereaved"),
    ];

    /// <summary>The life arenas (chapters) of the national action plan against loneliness.</summary>
    public static readonly IReadOnlyList<TaxonomyTerm> LifeArenas =
    [
        new("home", "Hjem og bolig", "Home and housing"),
        new("education", "Dagtilbud, skole og uddannelse", "Childcare, school and education"),
        new("leisure", "Fritid og fællesskaber", "Leisure and communities"),
        new("work", "Arbejdsliv og beskæftigelse", "Work and employment"),
        new("health", "Sundhed og pleje", "Health and care"),
    ];

    /// <summary>The five intervention strategies against loneliness (review of 136 effect studies).</summary>
    public static readonly IReadOnlyList<TaxonomyTerm> Strategies =
    [
        new("social-network", "Socialt netværk", "Social network"),
        new("personal-support", "Personlig social støtte", "Personal social support"),
        new("skills-training", "Social og emotionel færdighedstræning", "Social and emotional skills training"),
        new("psychological-treatment", "Psykologisk behandling", "Psychological treatment"),
        new("psychoeducation", "Psykoedukation", "Psychoeducation"),
    ];

    private static readonly Dictionary<string, TaxonomyTerm> ByCode =
        Themes.Concat(TargetGroups).Concat(LifeArenas).Concat(Strategies)
            .GroupBy(t => t.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static TaxonomyTerm? Find(string code) => ByCode.GetValueOrDefault(code);

    public static bool IsTheme(string code) => Themes.Any(t => t.Code == code);

    public static bool IsTargetGroup(string code) => TargetGroups.Any(t => t.Code == code);
}
