using System.Reflection;
using KioskGuide.Kiosk.Localization;

namespace KioskGuide.Kiosk.Tests;

public sealed class UiTextTests
{
    private static IEnumerable<(string Name, LocalizedText Text)> AllTexts() =>
        typeof(UiText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(LocalizedText))
            .Select(f => (f.Name, (LocalizedText)f.GetValue(null)!));

    [Fact]
    public void Every_text_exists_in_danish_and_english()
    {
        var texts = AllTexts().ToList();
        Assert.True(texts.Count > 50);
        foreach (var (name, text) in texts)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Da), $"{name} has no Danish");
            Assert.False(string.IsNullOrWhiteSpace(text.En), $"{name} has no English");
        }
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        foreach (var (name, text) in AllTexts())
        {
            var da = System.Text.RegularExpressions.Regex.Matches(text.Da, @"\{\d\}").Select(m => m.Value).Order();
            var en = System.Text.RegularExpressions.Regex.Matches(text.En, @"\{\d\}").Select(m => m.Value).Order();
            Assert.True(da.SequenceEqual(en), $"{name}: placeholders differ");
        }
    }
}
