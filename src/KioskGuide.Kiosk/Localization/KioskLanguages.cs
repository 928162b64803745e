using System.Collections.Concurrent;
using System.Globalization;
using KioskGuide.Kiosk.Configuration;

namespace KioskGuide.Kiosk.Localization;

/// <summary>One language the kiosk offers: its code (lang attribute, resources, feed translations) and formatting culture.</summary>
public sealed record KioskLanguage(string Code, CultureInfo Culture)
{
    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>"rtl" or "ltr", for the dir attribute.</summary>
    public string Direction => IsRightToLeft ? "rtl" : "ltr";
}

/// <summary>
/// The languages of <see cref="KioskOptions.Languages"/>. An entry is a culture name: "da-DK" means code "da"
/// (lang attribute, UiText.da resources, the feed's "da" translations) with Danish dates and numbers.
/// Adding a language is a UiText.&lt;code&gt;.resx file and one more entry (docs/accessibility.md).
/// </summary>
public static class KioskLanguages
{
    private static readonly ConcurrentDictionary<string, KioskLanguage> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured languages, in the order the language chooser shows them.</summary>
    public static IReadOnlyList<KioskLanguage> From(KioskOptions options) => options.LanguagesInUse.Select(Parse).ToList();

    /// <summary>The language of a culture name such as "ar-SY" or "uk". Throws <see cref="CultureNotFoundException"/> for nonsense.</summary>
    public static KioskLanguage Parse(string cultureName) => Cache.GetOrAdd(cultureName.Trim(), name =>
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var code = culture.TwoLetterISOLanguageName;
        var formatting = culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(name) : culture;
        return new KioskLanguage(code, Gregorian(formatting));
    });

    /// <summary>Writing direction of a language code, for text that carries its own language (e.g. an offer's Danish fallback).</summary>
    public static string Direction(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft ? "rtl" : "ltr";
        }
        catch (CultureNotFoundException)
        {
            return "ltr";
        }
    }

    /// <summary>
    /// Dates on the kiosk are the dates of the Danish calendar the offers run on: an Arabic culture that defaults to
    /// the Hijri or Umm al-Qura calendar (ar-SA) gets the Gregorian one, with its own month and day names.
    /// </summary>
    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        var copy = (CultureInfo)culture.Clone();
        var gregorian = copy.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
        copy.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(copy);
    }
}
