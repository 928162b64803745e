namespace KioskGuide.Print.Templates;

/// <summary>The printed products, each with its own template file and allowed fields.</summary>
public enum TemplateKind
{
    /// <summary>print-templates/leaflet.json: one offer, large print.</summary>
    Leaflet,
    /// <summary>print-templates/catalogue.json: a booklet of many offers.</summary>
    Catalogue,
}

public static class TemplateFields
{
    /// <summary>Facts a leaflet can show, in the default order.</summary>
    public static readonly IReadOnlyList<string> Leaflet =
        ["name", "summary", "description", "when", "where", "cost", "join", "contact", "access", "organiser", "forWhom", "languages", "qr"];

    /// <summary>Facts a catalogue entry can show under the offer's name.</summary>
    public static readonly IReadOnlyList<string> Catalogue =
        ["summary", "description", "when", "where", "cost", "join", "contact", "access", "organiser", "forWhom", "languages", "qr"];

    public static IReadOnlyList<string> For(TemplateKind kind) => kind == TemplateKind.Leaflet ? Leaflet : Catalogue;

    public static string FileName(TemplateKind kind) => kind == TemplateKind.Leaflet ? "leaflet.json" : "catalogue.json";

    /// <summary>Placeholders header, footer and cover texts may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["{site}", "{municipality}", "{date}", "{page}", "{pages}", "{count}", "{selection}"];
}
