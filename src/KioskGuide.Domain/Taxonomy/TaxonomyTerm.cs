namespace KioskGuide.Domain.Taxonomy;

/// <summary>A term of one of the kiosk's vocabularies, with its Danish and English labels.</summary>
public sealed record TaxonomyTerm(string Code, string Da, string En)
{
    public string Label(string language) => language == "da" ? Da : En;
}
