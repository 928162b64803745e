using System.Text.Json;
using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Print.Printing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// The journey of the citizen in issue 13, played end to end: a 70-year-old man who lives alone in Solbjerg
/// Strand and wants a dining community. He searches with the keyboard, narrows by town and "Ældre", opens the
/// Sunday dinner, reads its next date he can still book, and prints its one-page leaflet. Taps are counted:
/// navigation taps (everything but the letters typed) must stay within 8 from home with search and 4 with
/// tiles. A screenshot of every step lands in test-output/screenshots/walk-*.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class WalkthroughTests(KioskFixture kiosk)
{
    private const string SundayDinner = "Søndagsmiddag for dig, der bor alene";

    /// <summary>Boxes of every visible button under 56 px, and visible text under 20 px, on the screen as it is.</summary>
    private const string Measure = """
        () => {
          const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; };
          const small = [...document.querySelectorAll('button, input')].filter(visible).map(b => b.getBoundingClientRect())
            .filter(r => r.width < 56 || r.height < 56).map(r => `${Math.round(r.width)}x${Math.round(r.height)}`);
          const tiny = [...document.querySelectorAll('main p, main span, main li, main button, main h1, main h2')]
            .filter(el => visible(el) && el.childElementCount === 0 && el.innerText.trim() && parseFloat(getComputedStyle(el).fontSize) < 20)
            .map(el => el.innerText.trim().slice(0, 30));
          return { small, tiny };
        }
        """;

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task With_search_he_finds_his_sunday_dinner_in_at_most_eight_taps(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        int taps = 0;
        await Step(screen, "walk-01-home");

        await screen.TapAsync("search-launcher");
        taps++;
        int letters = await screen.TypeOnScreenAsync("spisefællesskab");
        await screen.ByTestId("offer-list").WaitForAsync();
        await Step(screen, "walk-02-typed");

        // The count says how many more are hidden below the strip above the keyboard.
        await Assertions.Expect(screen.ByTestId("more-below")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d+ flere længere nede"));
        var total = await screen.ResultCountAsync();
        Assert.True(total >= 5, $"only {total} hits for spisefællesskab");

        await screen.TapAsync("keyboard-submit"); // "Vis resultater": the keyboard goes, the results get the screen
        taps++;
        Assert.Equal(0, await screen.ByTestId("keyboard").CountAsync());
        await Step(screen, "walk-03-results");

        // "Ældre" first: once the town leaves one offer, no "who" choice would change anything, and none is shown.
        await screen.TapAsync("filter-who");
        taps++;
        var who = await screen.Page.Locator("[data-testid^='who-']").AllInnerTextsAsync();
        Assert.InRange(who.Count, 3, 8); // "Alle" and at least two plain groups, never 20 chips of municipal terms
        Assert.DoesNotContain(who, w => w.Contains("sårbare", StringComparison.OrdinalIgnoreCase) || w.Contains("pension", StringComparison.OrdinalIgnoreCase));
        await Step(screen, "walk-04-who");
        await screen.TapAsync("who-elderly");
        taps++;
        var elderly = await screen.ResultCountAsync();
        Assert.InRange(elderly, 2, total - 1);

        await screen.TapAsync("filter-where");
        taps++;
        await Step(screen, "walk-05-where");
        await screen.TapAsync("where-Solbjerg Strand");
        taps++;
        await Step(screen, "walk-06-narrowed");

        var names = await screen.CardNamesAsync();
        Assert.Equal(SundayDinner, names[0]);
        await screen.TapAsync(screen.Page.Locator("[data-testid='offer-card']", new() { HasText = SundayDinner }));
        taps++;
        await ReadTheNextBookableDate(screen, "walk-07-offer");

        Assert.True(taps <= 8, $"{taps} taps from home with search (and {letters} letters typed)");
        await PrintOnePage(screen, "walk-08", orientation);
        await File.WriteAllTextAsync(Path.Combine(TestOutput.Folder("screenshots"), $"walk-taps-search-{orientation}.txt"),
            $"navigation taps: {taps}, letters typed: {letters}, print taps: 2\n");
    }

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task With_tiles_he_finds_it_in_at_most_four_taps(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        int taps = 0;
        await screen.TapAsync("tile-seniors");
        taps++;
        await screen.TapAsync("filter-where");
        taps++;
        await screen.TapAsync("where-Solbjerg Strand");
        taps++;
        await Step(screen, "walk-tiles-01-seniors-solbjerg");
        Assert.Contains(SundayDinner, await screen.CardNamesAsync());
        await screen.TapAsync(screen.Page.Locator("[data-testid='offer-card']", new() { HasText = SundayDinner }));
        taps++;
        await ReadTheNextBookableDate(screen, "walk-tiles-02-offer");
        Assert.True(taps <= 4, $"{taps} taps from home with tiles");
    }

    private static async Task ReadTheNextBookableDate(KioskPage screen, string shot)
    {
        await screen.ByTestId("offer-detail").WaitForAsync();
        // The test clock is Monday 23 November 2026; the first Sunday of December is the 6th, bookable until Friday 4th.
        var next = await screen.ByTestId("next-bookable").InnerTextAsync();
        Assert.Contains("søndag 6. december", next, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fredag 4. december", next, StringComparison.OrdinalIgnoreCase);
        await Step(screen, shot);
    }

    private async Task PrintOnePage(KioskPage screen, string shot, string orientation)
    {
        var folder = ((FolderPrinter)kiosk.Server.Services.GetRequiredService<IPrinter>()).Folder;
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pdf").ToHashSet() : [];
        await screen.TapAsync("print");
        await screen.ByTestId("print-preview").First.WaitForAsync();
        Assert.Equal(1, await screen.ByTestId("print-preview").CountAsync()); // one page: no "the leaflet has 2 pages"
        await Step(screen, shot + "-preview");
        await screen.TapAsync("print-confirm");
        var result = screen.ByTestId("print-result");
        await result.WaitForAsync();
        Assert.Equal("Printed", await result.GetAttributeAsync("data-outcome"));
        await Step(screen, shot + "-printed");

        // What reached the printer: one A5 page, the phone and the first date on it, and its picture for a person to look at.
        var pdf = Assert.Single(Directory.GetFiles(folder, "*.pdf"), f => !before.Contains(f) && f.Contains("ndagsmiddag", StringComparison.OrdinalIgnoreCase));
        var info = await Tools.RunAsync(Tools.Pdfinfo, pdf);
        Assert.Matches(@"Pages:\s+1\n", info.Output);
        Assert.Contains("420 x 595 pts (A5)", info.Output, StringComparison.Ordinal);
        var text = System.Text.RegularExpressions.Regex.Replace(await Tools.TextAsync(pdf), @"\s+", " ");
        Assert.Contains("Telefon: +45 72 49 53 32", text, StringComparison.Ordinal);
        Assert.Contains("Næste gange: søndag 6. december", text, StringComparison.Ordinal);
        await Tools.PngAsync(pdf, Path.Combine(TestOutput.Folder("screenshots"), $"{shot}-leaflet-{orientation}"), dpi: 100);
    }

    /// <summary>A screenshot, and the kiosk's own bar on the screen as it is: targets ≥ 56 px, text ≥ 20 px.</summary>
    private static async Task Step(KioskPage screen, string name)
    {
        await screen.SyncAsync();
        await screen.Page.WaitForTimeoutAsync(50); // one frame for kiosk.js's "more below" count
        await screen.ScreenshotAsync(name);
        var measured = await screen.Page.EvaluateAsync<JsonElement>(Measure);
        Assert.True(measured.GetProperty("small").GetArrayLength() == 0, $"{name}: small targets {measured.GetProperty("small")}");
        Assert.True(measured.GetProperty("tiny").GetArrayLength() == 0, $"{name}: small text {measured.GetProperty("tiny")}");
    }
}
