namespace KioskGuide.Feed.Mapping;

/// <summary>The profile's conventions that are not field names: how texts are split and labelled.</summary>
internal static class HsdsNames
{
    /// <summary>
    /// HSDS has one service description; the profile's convention is that its first paragraph is the
    /// short summary shown on cards, and the rest is the full text.
    /// </summary>
    public const string ParagraphBreak = "\n\n";

    public const string ContactUrlLabel = "Kontakt";
    public const string FreeOption = "Gratis";
    public const string PaidOption = "Betaling";

    /// <summary>Fields of <c>x_translations</c> on a service that the kiosk reads.</summary>
    public const string NameField = "name";
    public const string DescriptionField = "description";
    public const string ApplicationProcessField = "application_process";
    public const string FeesDescriptionField = "fees_description";

    /// <summary>Fields of <c>x_translations</c> on a location, and on its accessibility, that the kiosk reads.</summary>
    public const string TransportationField = "transportation";
    public const string AccessibilityDescriptionField = "description";

    public static string ComposeDescription(string? summary, string? description) =>
        string.IsNullOrEmpty(description) ? summary ?? "" : (summary ?? "") + ParagraphBreak + description;

    public static (string Summary, string Description) SplitDescription(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ("", "");
        }

        int split = text.IndexOf(ParagraphBreak, StringComparison.Ordinal);
        return split < 0 ? (text, "") : (text[..split], text[(split + ParagraphBreak.Length)..]);
    }
}
