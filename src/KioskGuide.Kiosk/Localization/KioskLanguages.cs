namespace KioskGuide.Kiosk.Localization;

/// <summary>The languages the UI offers, with their own names and writing direction.</summary>
public static class KioskLanguages
{
    public static readonly IReadOnlyList<string> All = ["da", "en"];

    /// <summary>The language's name in that language, for the switch button.</summary>
    public static string Endonym(string language) => language switch
    {
        "da" => "Dansk",
        "en" => "English",
        _ => language,
    };

    /// <summary>Writing direction; "rtl" is ready for Arabic when its texts are added.</summary>
    public static string Direction(string language) => language is "ar" or "fa" or "he" or "ur" ? "rtl" : "ltr";
}
