using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>A page of the kiosk in Chromium, with the few actions a citizen has: tap, look, wait.</summary>
public sealed class KioskPage(IPage page, Orientation orientation, KioskServer server) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public Orientation Orientation { get; } = orientation;

    public async Task GotoHomeAsync()
    {
        await Page.GotoAsync(server.RootUri.ToString());
        // Taps before the Blazor circuit is connected are lost: wait for the page's own ready signal.
        await Page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 15_000 });
        await Page.WaitForSelectorAsync("[data-testid='search-launcher']");
    }

    public ILocator ByTestId(string testId) => Page.Locator($"[data-testid='{testId}']");

    /// <summary>Taps like a finger, then waits until the host has handled the tap and sent its answer.</summary>
    public async Task TapAsync(string testId)
    {
        await ByTestId(testId).First.TapAsync();
        await SyncAsync();
    }

    /// <summary>Opens the language chooser and picks a language by its code ("da", "en", "ar", "uk"), as a citizen does.</summary>
    public async Task ChooseLanguageAsync(string code)
    {
        await TapAsync("language");
        await TapAsync("language-" + code);
    }

    public async Task TapKeyAsync(string key)
    {
        await Page.Locator($".keyboard [data-key='{Escape(key)}']").TapAsync();
        await SyncAsync();
    }

    public async Task TapAsync(ILocator locator)
    {
        await locator.TapAsync();
        await SyncAsync();
    }

    /// <summary>One round trip to the host: events are handled in order, so every earlier tap is done.</summary>
    public Task SyncAsync() => Page.EvaluateAsync("() => kiosk.sync()");

    /// <summary>Types on the on-screen keyboard, switching between its letter and symbol layers as a person would.</summary>
    public async Task<int> TypeOnScreenAsync(string text)
    {
        int taps = 0;
        await Page.Locator(".keyboard").WaitForAsync();
        foreach (var ch in text)
        {
            var key = ch == ' ' ? "space" : ch.ToString();
            if (key != "space" && await Page.Locator($".keyboard [data-key='{Escape(key)}']").CountAsync() == 0)
            {
                var layer = await Page.Locator(".keyboard").GetAttributeAsync("data-layer");
                await TapKeyAsync(layer == "letters" ? "layer-symbols" : "layer-letters");
                taps++;
            }

            await Page.Locator($".keyboard [data-key='{Escape(key)}']").TapAsync();
            await SyncAsync();
            taps++;
        }

        return taps;
    }

    private static string Escape(string key) => key switch { "'" => "\\'", "\"" => "\\\"", _ => key };

    public Task<string> HeadingAsync() => Page.Locator("main h1").First.InnerTextAsync();

    /// <summary>Waits (up to Playwright's timeout) until the screen's heading reads <paramref name="text"/>.</summary>
    public Task ExpectHeadingAsync(string text) => Assertions.Expect(Page.Locator("main h1").First).ToHaveTextAsync(text);

    /// <summary>Waits until the result count reads <paramref name="count"/> offers.</summary>
    public Task ExpectResultCountAsync(int count) =>
        Assertions.Expect(ByTestId("result-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{count} "));

    public async Task<int> ResultCountAsync()
    {
        var text = await ByTestId("result-count").InnerTextAsync();
        return int.Parse(new string(text.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<string>> CardNamesAsync() => Page.Locator("[data-testid='offer-card'] .offer-name").AllTextContentsAsync();

    /// <summary>Saves a screenshot to test-output/screenshots/NAME-ORIENTATION.png for a person to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(TestOutput.Folder("screenshots"), $"{name}-{Orientation.Name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
