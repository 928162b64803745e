using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KioskGuide.Kiosk.Staff;
using KioskGuide.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KioskGuide.Kiosk.Tests;

/// <summary>Staff mode's words: Danish and English have the same sentences, and the staff language is the staff's alone.</summary>
public sealed partial class StaffTextTests
{
    private static readonly string Folder = Path.Combine(BuiltApps.RepoRoot, "src", "KioskGuide.Kiosk", "Staff");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void English_has_every_Danish_sentence_with_the_same_placeholders()
    {
        var danish = Read("StaffText.resx");
        var english = Read("StaffText.en.resx");
        Assert.Equal(danish.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in danish)
        {
            Assert.Equal(Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal),
                Placeholder().Matches(english[key]).Select(m => m.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Staff_words_follow_the_staff_switch_and_leave_the_citizens_culture_alone()
    {
        using var provider = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var session = new StaffSession(null!); // never active here, so it never logs through its actions
        var words = new StaffWords(provider.GetRequiredService<IStringLocalizer<StaffText>>(), session);
        var citizen = CultureInfo.GetCultureInfo("uk-UA");
        CultureInfo.CurrentUICulture = citizen;

        Assert.Equal("Sidetælleren står på 0 igen; kiosken må printe 200 sider mere i dag.", words.Say(new StaffMessage("PagesReset", 200)));
        session.SwitchLanguage();
        Assert.Equal("The page counter is back at 0; the kiosk may print 200 more pages today.", words.Say(new StaffMessage("PagesReset", 200)));
        Assert.Equal(citizen, CultureInfo.CurrentUICulture);

        session.Leave();
        Assert.Equal("Luk personaletilstand", words["LeaveButton"]);
    }
}
