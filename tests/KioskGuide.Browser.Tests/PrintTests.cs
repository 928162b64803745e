using System.Text.Json;
using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Print.Printing;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// "Print leaflet" by touch: the preview (the leaflet's own page image) with big Print and Cancel,
/// then "the printer has your leaflet, it comes out in a moment". The test kiosk prints into a folder, as the demo does.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class PrintTests(KioskFixture kiosk)
{
    private const string MeasureDialog = """
        () => {
          const dialog = document.querySelector('[data-testid=print-dialog] .dialog');
          const small = [...dialog.querySelectorAll('button')].map(b => b.getBoundingClientRect())
            .filter(r => r.width < 56 || r.height < 56).map(r => `${Math.round(r.width)}x${Math.round(r.height)}`);
          const tiny = [...dialog.querySelectorAll('h2, p, button span, button')]
            .filter(el => el.innerText.trim() && parseFloat(getComputedStyle(el).fontSize) < 20).map(el => el.innerText.trim().slice(0, 30));
          const img = dialog.querySelector('img');
          return { small, tiny, loaded: img.complete && img.naturalWidth > 500, shown: img.getBoundingClientRect().height };
        }
        """;

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Tap_print_see_the_preview_confirm_and_take_the_leaflet(string orientation)
    {
        var folder = ((FolderPrinter)kiosk.Server.Services.GetRequiredService<IPrinter>()).Folder;
        int before = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pdf").Length : 0;
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("tile-move");
        await screen.ByTestId("offer-card").First.TapAsync();
        await screen.ByTestId("offer-detail").WaitForAsync();

        await screen.TapAsync("print");
        await screen.ByTestId("print-preview").First.WaitForAsync();
        var measured = await screen.Page.EvaluateAsync<JsonElement>(MeasureDialog);
        Assert.True(measured.GetProperty("loaded").GetBoolean(), "the preview image did not load");
        Assert.True(measured.GetProperty("shown").GetDouble() > 500, $"the preview is only {measured.GetProperty("shown")} px tall");
        Assert.Empty(measured.GetProperty("small").EnumerateArray());   // every button at least 56 × 56 px
        Assert.Empty(measured.GetProperty("tiny").EnumerateArray());    // no text under 20 px
        await screen.ScreenshotAsync("20-print-preview");

        await screen.TapAsync("print-confirm");
        var result = screen.ByTestId("print-result");
        await result.WaitForAsync();
        Assert.Equal("Printed", await result.GetAttributeAsync("data-outcome"));
        Assert.Equal("Printeren har fået folderen — den kommer ud om lidt.", (await result.InnerTextAsync()).Trim());
        Assert.Equal(before + 1, Directory.GetFiles(folder, "*.pdf").Length);
        await screen.ScreenshotAsync("21-print-done");

        await screen.TapAsync("print-close");
        Assert.Equal(0, await screen.ByTestId("print-dialog").CountAsync());
    }

    [Fact]
    public async Task Idle_reset_clears_a_half_finished_print_preview()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        await screen.ByTestId("offer-card").First.TapAsync();
        await screen.TapAsync("print");
        await screen.ByTestId("print-preview").First.WaitForAsync();

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(91));
        await screen.ByTestId("idle-warning").WaitForAsync();
        await screen.ScreenshotAsync("22-print-preview-idle-warning");
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(20));
        await screen.ByTestId("attract").WaitForAsync();

        // The reset goes home behind the attract screen (a navigation round trip), which ends the dialog.
        await Assertions.Expect(screen.ByTestId("print-dialog")).ToHaveCountAsync(0);
        await screen.TapAsync("attract");
        await screen.ByTestId("search-launcher").WaitForAsync();
        Assert.Equal(0, await screen.ByTestId("print-dialog").CountAsync());
    }
}
