using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.Configuration;

/// <summary>One kiosk's settings: section "Kiosk" of appsettings.json, a kiosk-config file, or environment variables.</summary>
public sealed class KioskOptions : IValidatableObject
{
    public const string Section = "Kiosk";

    /// <summary>Stable id of this kiosk, e.g. "aabaek-bibliotek-1". Also names its data folder.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{1,62}$", ErrorMessage = "SiteId must be 2–63 lower-case letters, digits or dashes.")]
    public string SiteId { get; set; } = "demo-aabaek-bibliotek";

    /// <summary>Where the kiosk stands, shown in the header, e.g. "Åbæk Bibliotek".</summary>
    [Required, StringLength(80, MinimumLength = 2)]
    public string SiteName { get; set; } = "Åbæk Bibliotek";

    [Required, StringLength(80, MinimumLength = 2)]
    public string MunicipalityName { get; set; } = "Åbæk Kommune";

    /// <summary>
    /// The town or area the kiosk stands in, as offers name it (e.g. "Åbæk"): among equally good search matches,
    /// offers there come first. Empty: no town is preferred.
    /// </summary>
    [StringLength(80)]
    public string? Town { get; set; } = "Åbæk";

    /// <summary>Where offers come from when the local store is empty.</summary>
    public ContentSource ContentSource { get; set; } = ContentSource.Demo;

    /// <summary>Loopback port the UI is served on. The host never listens on other interfaces.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5080;

    /// <summary>
    /// The languages the citizen can choose, as culture names, in the chooser's order: "da-DK" is Danish with Danish
    /// dates. Each needs Localization/UiText.&lt;code&gt;.resx (Danish is UiText.resx). Empty: <see cref="DefaultLanguages"/>.
    /// Empty by default on purpose: configuration binding appends to an initialised array instead of replacing it
    /// (a site naming two languages got six and failed "names a language twice"); for the same reason
    /// appsettings.json does not list them, so a site file's list is the whole list.
    /// </summary>
    public string[] Languages { get; set; } = [];

    public static readonly IReadOnlyList<string> DefaultLanguages = ["da-DK", "en-GB", "ar-SY", "uk-UA"];

    /// <summary>The languages offered: <see cref="Languages"/>, or the four defaults when none are set.</summary>
    public IReadOnlyList<string> LanguagesInUse => Languages is { Length: > 0 } ? Languages : DefaultLanguages;

    /// <summary>The language every citizen starts in and the idle reset returns to: the code of one of <see cref="Languages"/>.</summary>
    [Required]
    public string DefaultLanguage { get; set; } = "da";

    /// <summary>Seconds without a touch before the "are you still there?" warning.</summary>
    [Range(15, 3600)]
    public int IdleTimeoutSeconds { get; set; } = 90;

    /// <summary>Seconds the warning counts down before the kiosk resets. WCAG 2.2.1 asks for at least 20.</summary>
    [Range(20, 300, ErrorMessage = "IdleWarningSeconds must be at least 20 (WCAG 2.2.1) and at most 300.")]
    public int IdleWarningSeconds { get; set; } = 20;

    /// <summary>Folder for the local database. Empty: the user's local application data folder.</summary>
    public string? DataDirectory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var codes = new List<string>();
        foreach (var name in LanguagesInUse)
        {
            try
            {
                codes.Add(Localization.KioskLanguages.Parse(name).Code);
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                codes.Clear();
                break;
            }
        }

        if (codes.Count == 0 || codes.Count != LanguagesInUse.Count)
        {
            yield return new ValidationResult("Languages must be culture names such as \"da-DK\" or \"ar-SY\".", [nameof(Languages)]);
        }
        else if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            yield return new ValidationResult("Languages names a language twice.", [nameof(Languages)]);
        }
        else if (!codes.Contains(DefaultLanguage, StringComparer.Ordinal))
        {
            yield return new ValidationResult(
                $"DefaultLanguage must be one of the Languages' codes ({string.Join(", ", codes)}).", [nameof(DefaultLanguage)]);
        }
    }

    public string ResolveDataDirectory() =>
        string.IsNullOrWhiteSpace(DataDirectory)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "KioskGuide", SiteId)
            : DataDirectory;
}

public enum ContentSource
{
    /// <summary>The built-in demo offers of the fictional Åbæk Kommune.</summary>
    Demo,
    /// <summary>Only what is already in the local store (filled by sync).</summary>
    Store,
}
