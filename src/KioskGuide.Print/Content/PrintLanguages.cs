using System.Globalization;

namespace KioskGuide.Print.Content;

/// <summary>The languages paper is printed in: the kiosk's four. Anything else prints in English.</summary>
public static class PrintLanguages
{
    public static readonly IReadOnlyList<string> All = ["da", "en", "ar", "uk"];

    /// <summary>"da", "en", "ar" or "uk" from a language or culture name ("ar-SA" → "ar"); English for the rest.</summary>
    public static string Normalise(string? language)
    {
        var code = (language ?? "").Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(code) ? code : "en";
    }

    public static bool IsRightToLeft(string language) => Normalise(language) == "ar";

    /// <summary>Dates with month names in the language. Arabic on the Gregorian calendar, which the kiosk's dates are in.</summary>
    public static CultureInfo Culture(string language) => Normalise(language) switch
    {
        "da" => CultureInfo.GetCultureInfo("da-DK"),
        "ar" => Arabic.Value,
        "uk" => CultureInfo.GetCultureInfo("uk-UA"),
        _ => CultureInfo.GetCultureInfo("en-GB"),
    };

    private static readonly Lazy<CultureInfo> Arabic = new(() =>
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-EG").Clone();
        if (culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            culture.DateTimeFormat.Calendar = gregorian;
        }
        return CultureInfo.ReadOnly(culture);
    });
}
