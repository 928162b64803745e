using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Kiosk.Speech;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests.Speech;

/// <summary>"Læs op" in Chromium: the screen's words go to the host's espeak-ng in the screen's language and play; the next tap, a new screen or the idle reset stops them.</summary>
[Collection(KioskCollection.Name)]
public sealed class ReadAloudTests(KioskFixture kiosk)
{
    internal const string Playing = "() => { const a = document.getElementById('kiosk-speech-audio'); const t = kioskSpeech.timings; return !!a.getAttribute('src') && !a.paused && t.length > 0 && t[t.length - 1].playing !== null; }";
    internal const string Silent = "() => { const a = document.getElementById('kiosk-speech-audio'); return !a.getAttribute('src') && document.getElementById('kiosk-speech').dataset.speaking === 'false'; }";

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Read_aloud_plays_the_screen_in_its_language_and_a_new_screen_stops_it(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        var said = new SpeechRequests(screen.Page);

        await screen.TapAsync("read-aloud");
        await screen.Page.WaitForFunctionAsync(Playing);
        Assert.Equal("da", said.Last[0].Lang);
        Assert.Contains(await screen.HeadingAsync(), said.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Læs op", said.LastText, StringComparison.Ordinal); // the bottom bar is not the screen's content
        await screen.ScreenshotAsync("30-read-aloud");

        await screen.TapAsync("tile-meet");
        await screen.Page.WaitForFunctionAsync(Silent);

        // In English the screen's own words are English; offer names without a translation stay Danish, in a Danish voice.
        await screen.ChooseLanguageAsync("en");
        await screen.TapAsync("read-aloud");
        await screen.Page.WaitForFunctionAsync(Playing);
        Assert.Equal("en", said.Last[0].Lang);
        Assert.Contains(await screen.HeadingAsync(), said.LastText, StringComparison.Ordinal);

        // A second tap on "Read aloud" stops it.
        await screen.TapAsync("read-aloud");
        await screen.Page.WaitForFunctionAsync(Silent);
    }

    [Fact]
    public async Task Any_other_tap_stops_the_reading_and_still_does_its_work()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        await screen.TapAsync("read-aloud");
        await screen.Page.WaitForFunctionAsync(Playing);

        await screen.TapAsync("filter-free");

        await screen.Page.WaitForFunctionAsync(Silent);
        Assert.Equal("true", await screen.ByTestId("filter-free").GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task Idle_reset_silences_the_screen_and_puts_volume_and_talk_through_back()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        var sessions = kiosk.Server.Services.GetRequiredService<SpeechSessions>();
        var defaults = new SpeechOptions();
        await screen.TapAsync("volume");
        Assert.Equal("Lydstyrke 4 af 4", await screen.ByTestId("volume").GetAttributeAsync("aria-label"));
        await screen.TapAsync("talk-through");
        Assert.Equal("true", await screen.ByTestId("talk-through").GetAttributeAsync("aria-pressed"));
        // Talk-through: the first tap names "Læs op", the second reads the screen.
        await screen.TapAsync("read-aloud");
        await screen.TapAsync("read-aloud");
        await screen.Page.WaitForFunctionAsync(Playing);
        Assert.Equal("1", await screen.Page.EvaluateAsync<string>("() => document.getElementById('kiosk-speech-audio').volume.toString()"));
        var key = await screen.Page.Locator("#kiosk-speech").GetAttributeAsync("data-session");

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(91));
        await screen.ByTestId("idle-warning").WaitForAsync();
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(20));
        await screen.ByTestId("attract").WaitForAsync();

        await screen.Page.WaitForFunctionAsync(Silent);
        Assert.False(sessions.IsSpeaking(key!));
        Assert.Equal(defaults.VolumeSteps[defaults.DefaultVolumeStep].ToString(System.Globalization.CultureInfo.InvariantCulture),
            await screen.Page.Locator("#kiosk-speech").GetAttributeAsync("data-volume"));
        Assert.Equal("false", await screen.Page.Locator("#kiosk-speech").GetAttributeAsync("data-talk-through"));
        await screen.TapAsync("attract");
        Assert.Equal("Lydstyrke 3 af 4", await screen.ByTestId("volume").GetAttributeAsync("aria-label"));
        Assert.Equal("false", await screen.ByTestId("talk-through").GetAttributeAsync("aria-pressed"));
    }
}
