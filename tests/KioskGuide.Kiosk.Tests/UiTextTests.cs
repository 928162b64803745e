using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Localization;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Tests;

/// <summary>The UI texts live in UiText*.resx: every key in every configured language, with the same placeholders.</summary>
public sealed partial class UiTextTests
{
    private static readonly ResourceManager Resources = new("KioskGuide.Kiosk.Localization.UiText", typeof(UiText).Assembly);

    private static IEnumerable<string> Keys() =>
        typeof(UiText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    public static TheoryData<string> ConfiguredLanguages() => new([.. new KioskOptions().LanguagesInUse]);

    /// <summary>The strings of one language's own file, without falling back to Danish.</summary>
    private static Dictionary<string, string> Own(string code)
    {
        var culture = code == "da" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(code);
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"No UiText resources for {code}");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Theory]
    [MemberData(nameof(ConfiguredLanguages))]
    public void Every_key_has_a_text_in_every_configured_language(string cultureName)
    {
        var code = KioskLanguages.Parse(cultureName).Code;
        var own = Own(code);
        var keys = Keys().ToList();
        Assert.True(keys.Count > 50);
        foreach (var key in keys)
        {
            Assert.True(own.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text), $"{key} has no {code} text");
        }
    }

    [Theory]
    [MemberData(nameof(ConfiguredLanguages))]
    public void Placeholders_match_danish(string cultureName)
    {
        var code = KioskLanguages.Parse(cultureName).Code;
        var danish = Own("da");
        foreach (var (key, text) in Own(code))
        {
            Assert.True(Placeholders(danish[key]).SequenceEqual(Placeholders(text)), $"{key}: {code} placeholders differ from Danish");
        }
    }

    [Fact]
    public void No_resource_file_has_a_key_the_code_does_not_know()
    {
        var keys = Keys().ToHashSet(StringComparer.Ordinal);
        foreach (var key in Own("da").Keys)
        {
            Assert.True(keys.Contains(key) || key.StartsWith("Language_", StringComparison.Ordinal), $"{key} is in UiText.resx but not in UiText.cs");
        }
    }

    [Fact]
    public void Session_reads_the_citizens_language_and_falls_back_to_danish()
    {
        var services = new ServiceCollection().AddLogging().AddKioskLocalization().AddSingleton(Options.Create(new KioskOptions())).AddScoped<KioskSession>();
        using var provider = services.BuildServiceProvider();
        var session = provider.GetRequiredService<KioskSession>();

        Assert.Equal("Forside", session.T(UiText.Home));
        session.SetLanguage("ar");
        Assert.Equal("rtl", session.Direction);
        Assert.Equal("الصفحة الرئيسية", session.T(UiText.Home));
        Assert.Equal("العربية", session.Endonym(session.Languages.Single(l => l.Code == "ar")));
        Assert.Equal("Українська", session.Endonym(session.Languages.Single(l => l.Code == "uk")));
        // Dates in Arabic keep the Gregorian calendar the offers run on.
        Assert.IsType<GregorianCalendar>(session.Culture.DateTimeFormat.Calendar);
        session.SetLanguage("uk");
        Assert.Equal("Запитання 2 з 5", session.T(UiText.QuestionProgress, 2, 5));
        Assert.Equal("Данська", session.LanguageName("da"));

        session.Reset();
        Assert.Equal("da", session.Language);
        Assert.Equal("Forside", session.T(UiText.Home));
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex PlaceholderPattern();
}
