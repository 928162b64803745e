using Microsoft.Playwright;

namespace KioskGuide.Soak;

/// <summary>
/// One citizen at the screen: home → a tile → an offer → print preview, and every fifth prints (folder printer) →
/// home → search by the on-screen keyboard → the questionnaire, one answer, then walks away (the context closes with
/// the circuit still holding a half-answered form). Outside opening hours the citizen meets the closed page instead,
/// touches it, and nothing happens.
/// </summary>
internal static class CitizenSession
{
    public enum Outcome
    {
        Browsed,
        MetClosedPage,
    }

    public static async Task<Outcome> RunAsync(IBrowser browser, int port, int session)
    {
        var portrait = session % 2 == 0;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = portrait ? new ViewportSize { Width = 1080, Height = 1920 } : new ViewportSize { Width = 1920, Height = 1080 },
            HasTouch = true,
            Locale = "da-DK",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync($"http://127.0.0.1:{port}/");
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']");
        ILocator Id(string id) => page.Locator($"[data-testid='{id}']").First;

        if (await Id("closed-screen").IsVisibleAsync())
        {
            await Id("closed-screen").TapAsync();
            if (!await Id("closed-screen").IsVisibleAsync() || new Uri(page.Url).AbsolutePath != "/")
            {
                throw new TimeoutException("A touch on the closed page did something");
            }

            return Outcome.MetClosedPage;
        }

        await page.Locator("[data-testid^='tile-']:not([data-testid='tile-have-your-say'])").Nth(session % 4).TapAsync();
        await page.Locator("[data-testid='offer-card']").First.TapAsync();
        await Id("print").TapAsync();
        await Id("print-dialog").WaitForAsync();
        if (session % 5 == 0)
        {
            await Id("print-confirm").TapAsync();
            await Id("print-result").WaitForAsync();
            await Id("print-close").TapAsync();
        }
        else
        {
            await Id("print-cancel").TapAsync();
        }

        await Id("home").TapAsync();
        await Id("search-launcher").TapAsync();
        foreach (var key in "gå")
        {
            await page.Locator($"[data-key='{key}']").First.TapAsync();
        }

        await Id("home").TapAsync();
        await Id("tile-have-your-say").TapAsync();
        await Id("say-start").TapAsync();
        await page.Locator("[data-testid='question'] button").First.TapAsync();
        return Outcome.Browsed;
    }
}
