namespace KioskGuide.Print.Templates;

/// <summary>
/// The look of one printed product (leaflet or catalogue), read from print-templates/*.json.
/// Sizes are in points, distances in millimetres. See print-templates/README.md for every field.
/// </summary>
public sealed class PrintTemplate
{
    /// <summary>Paper when the kiosk's configuration does not choose one.</summary>
    public required PaperSize Paper { get; init; }

    /// <summary>Sizes and distances are multiplied by this on A4, e.g. 1.41 makes an A4 leaflet an enlarged A5 one.</summary>
    public float ScaleOnA4 { get; init; } = 1f;

    public TemplateMargins MarginsMm { get; init; } = new();

    public required TemplateFonts Fonts { get; init; }

    public required TemplateSizes SizesPt { get; init; }

    /// <summary>Distance between baselines as a multiple of the text size.</summary>
    public float LineSpacing { get; init; } = 1.25f;

    public TemplateColours Colours { get; init; } = new();

    /// <summary>PNG or JPEG, relative to the template folder. The kiosk's Print:LogoFile replaces it.</summary>
    public string? Logo { get; init; }

    public float LogoHeightMm { get; init; } = 14f;

    public LocalText Header { get; init; } = new("{municipality}", null);

    public LocalText Footer { get; init; } = new("", null);

    /// <summary>Which facts appear, in this order.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    public TemplateQr Qr { get; init; } = new();

    /// <summary>
    /// Leaflet only: when the facts do not fit on one page, the second page (the back) starts with this
    /// field, so both sides are balanced instead of a full front and a near-empty back. Null: just flow on.
    /// </summary>
    public string? SecondPageFrom { get; init; }

    /// <summary>Leaflet only: fields left out when that makes the leaflet fit on one page, and shown when it needs two anyway.</summary>
    public IReadOnlyList<string> DropToFitOnePage { get; init; } = [];

    /// <summary>Catalogue only: the cover's texts.</summary>
    public TemplateCover? Cover { get; init; }

    /// <summary>Catalogue only: print a table of contents after the cover.</summary>
    public bool Contents { get; init; } = true;

    /// <summary>Catalogue only: print an index of offers by town at the end.</summary>
    public bool IndexByTown { get; init; } = true;

    /// <summary>Where the file was read from, for error messages and relative paths. Not in the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string SourceFile { get; internal set; } = "";

    /// <summary>Size multiplier for the given paper.</summary>
    public float ScaleFor(PaperSize paper) => paper == PaperSize.A4 ? ScaleOnA4 : 1f;
}

public sealed class TemplateMargins
{
    public float Top { get; init; } = 12f;
    public float Right { get; init; } = 12f;
    public float Bottom { get; init; } = 12f;
    public float Left { get; init; } = 12f;
}

/// <summary>Font files per style; the first file that exists is used, so a template can list Noto first and DejaVu as a fallback.</summary>
public sealed class TemplateFonts
{
    public required IReadOnlyList<string> Regular { get; init; }
    public required IReadOnlyList<string> Bold { get; init; }

    /// <summary>Arabic letters, which Noto Sans and DejaVu Sans lack (Noto Sans Arabic, fonts-noto-core); empty: Arabic cannot print.</summary>
    public IReadOnlyList<string> ArabicRegular { get; init; } = [];

    public IReadOnlyList<string> ArabicBold { get; init; } = [];
}

public sealed class TemplateSizes
{
    /// <summary>The offer's name on a leaflet; the cover title and theme headings in a catalogue.</summary>
    public float Title { get; init; } = 26f;
    /// <summary>Headings: the QR box heading, catalogue entry names, index towns.</summary>
    public float Heading { get; init; } = 20f;
    public float Body { get; init; } = 14f;
    /// <summary>Header, footer and page numbers.</summary>
    public float Footer { get; init; } = 14f;
}

/// <summary>Colours as #RRGGBB. Black on white prints best on the libraries' black-and-white laser printers.</summary>
public sealed class TemplateColours
{
    public string Text { get; init; } = "#000000";
    public string Heading { get; init; } = "#000000";
    public string Rule { get; init; } = "#000000";
}

public sealed class TemplateQr
{
    public float SizeMm { get; init; } = 30f;
    /// <summary>QR error correction level: M, Q or H (L is too fragile for folded paper).</summary>
    public string ErrorCorrection { get; init; } = "M";
}

public sealed class TemplateCover
{
    public LocalText Title { get; init; } = new("Fællesskaber og tilbud", "Communities and offers");
    public LocalText Subtitle { get; init; } = new("{municipality}", null);
    public LocalText Guide { get; init; } = new("", null);
}

/// <summary>
/// A text in Danish and, optionally, English, Arabic and Ukrainian. Arabic or Ukrainian falls back to English, then
/// Danish (a template's fixed words, unlike an offer's, have an English version to read). May hold placeholders.
/// </summary>
public sealed record LocalText(string Da, string? En)
{
    public string? Ar { get; init; }

    public string? Uk { get; init; }

    public string For(string language) => Content.PrintLanguages.Normalise(language) switch
    {
        "da" => Da,
        "ar" when !string.IsNullOrEmpty(Ar) => Ar,
        "uk" when !string.IsNullOrEmpty(Uk) => Uk,
        _ => string.IsNullOrEmpty(En) ? Da : En,
    };
}
