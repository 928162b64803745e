using KioskGuide.Kiosk.Localization;
using KioskGuide.Kiosk.Speech;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KioskGuide.Kiosk.Tests.Speech;

/// <summary>Every spoken and shown word of read-aloud and talk-through exists in all four languages.</summary>
public sealed class SpeechWordsTests
{
    private static readonly IStringLocalizer<SpeechText> Localizer = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SpeechText>>();

    private static readonly SpeechWords Words = new(Localizer);

    [Theory]
    [InlineData("da", "Læs op")]
    [InlineData("en", "Read aloud")]
    [InlineData("ar", "اقرأ بصوت عالٍ")]
    [InlineData("uk", "Читати вголос")]
    public void Each_language_has_every_word_in_its_own_resource(string language, string readAloud)
    {
        Assert.Equal(readAloud, Words.Get(language, SpeechText.ReadAloud));
        foreach (var key in SpeechText.Keys)
        {
            var text = Words.Get(language, key);
            Assert.False(string.IsNullOrWhiteSpace(text) || Missing(language, key), $"{language}: {key} is missing");
            Assert.True(language == "da" || text != Words.Get("da", key) || key == SpeechText.SayLink, $"{language}: {key} is still Danish");
        }
    }

    private static bool Missing(string language, string key)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(language);
        try
        {
            return Localizer[key].ResourceNotFound;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Placeholders_are_filled_and_the_culture_is_put_back()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        Assert.Equal("Lydstyrke 3 af 4", Words.Get("da", SpeechText.VolumeLevel, 3, 4));
        Assert.Equal("Volume 3 of 4", Words.Get("en", SpeechText.VolumeLevel, 3, 4));
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }
}
