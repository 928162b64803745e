namespace KioskGuide.Print;

/// <summary>Who prints, on what paper and in which language: what a template's placeholders and overrides need.</summary>
public sealed record PrintRequest
{
    /// <summary>Null: the template's paper.</summary>
    public PaperSize? Paper { get; init; }

    /// <summary>"da" or "en": the language of labels and, where the offer has them, of its texts.</summary>
    public string Language { get; init; } = "da";

    public string SiteName { get; init; } = "";

    public string MunicipalityName { get; init; } = "";

    /// <summary>Replaces the template's logo (the site's own logo from its config).</summary>
    public string? LogoFile { get; init; }

    /// <summary>Replaces the template's footer text (the site's own footer from its config).</summary>
    public string? FooterText { get; init; }
}
