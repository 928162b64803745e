using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Print.Printing;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Browser.Tests.Speech;

/// <summary>
/// Talk-through for a person who cannot see the screen: the first tap on a control says what it is, a second tap
/// within 3 s does it; a new screen says its heading and its lists. The test listens only to what the kiosk says
/// (the requests to /speech), the way that person would.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class TalkThroughTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Find_an_offer_hear_its_next_date_and_print_its_leaflet_by_ear(string orientation)
    {
        var folder = ((FolderPrinter)kiosk.Server.Services.GetRequiredService<IPrinter>()).Folder;
        int printed = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pdf").Length : 0;
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        var said = new SpeechRequests(screen.Page);

        await screen.TapAsync("talk-through");
        await said.WaitForAsync(0, "Tale ved tryk er slået til.");

        // First tap: the tile's name and "tap again"; nothing happens yet.
        int n = said.Count;
        await screen.TapAsync("tile-move");
        var heard = await said.WaitForAsync(n, "Tryk igen for at vælge.");
        Assert.Contains("Kom i bevægelse", heard, StringComparison.Ordinal);
        Assert.Contains("knap", heard, StringComparison.Ordinal);
        Assert.Equal(1, await screen.ByTestId("search-launcher").CountAsync());

        // Second tap: the results screen, announced by its heading and its list.
        n = said.Count;
        await screen.TapAsync("tile-move");
        await screen.ByTestId("offer-list").WaitForAsync();
        int cards = await screen.ByTestId("offer-card").CountAsync();
        heard = await said.WaitForAsync(n, $"Liste med {cards} punkter.");
        Assert.Contains($"Overskrift: {await screen.HeadingAsync()}", heard, StringComparison.Ordinal);
        await screen.ScreenshotAsync("31-talk-through-results");

        // The first offer: its name and where it is in the list, then it opens.
        var card = screen.ByTestId("offer-card").First;
        var offerName = (await card.Locator(".offer-name").InnerTextAsync()).Trim();
        n = said.Count;
        await screen.TapAsync(card);
        heard = await said.WaitForAsync(n, $"punkt 1 af {cards}");
        Assert.Contains(offerName, heard, StringComparison.Ordinal);
        Assert.Equal(0, await screen.ByTestId("offer-detail").CountAsync());
        n = said.Count;
        await screen.TapAsync(card);
        await screen.ByTestId("offer-detail").WaitForAsync();
        await said.WaitForAsync(n, $"Overskrift: {offerName}");

        // Its next date: a tap on the first date in the list says it (plain text: one tap is enough).
        var firstDate = screen.Page.Locator("[data-testid='next-dates'] li").First;
        var dateText = System.Text.RegularExpressions.Regex.Replace((await firstDate.InnerTextAsync()).Trim(), @"\s+", " ");
        n = said.Count;
        await screen.TapAsync(firstDate);
        heard = await said.WaitForAsync(n, dateText);
        Assert.Contains("punkt 1 af", heard, StringComparison.Ordinal);

        // Print: named, then opened; the dialog is read; the confirm button likewise; the printer's answer is said.
        n = said.Count;
        await screen.TapAsync("print");
        await said.WaitForAsync(n, "Tryk igen for at vælge.");
        Assert.Equal(0, await screen.ByTestId("print-dialog").CountAsync());
        await screen.TapAsync("print");
        await screen.ByTestId("print-preview").First.WaitForAsync();
        n = said.Count;
        await screen.TapAsync("print-confirm");
        heard = await said.WaitForAsync(n, "Tryk igen for at vælge.");
        Assert.Contains((await screen.ByTestId("print-confirm").InnerTextAsync()).Trim(), heard, StringComparison.Ordinal);
        n = said.Count;
        await screen.TapAsync("print-confirm");
        await said.WaitForAsync(n, "Printeren har fået folderen");
        Assert.Equal(printed + 1, Directory.GetFiles(folder, "*.pdf").Length);
        await screen.ScreenshotAsync("32-talk-through-printed");
    }

    [Fact]
    public async Task A_second_tap_after_three_seconds_only_says_the_name_again()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        var said = new SpeechRequests(screen.Page);
        await screen.TapAsync("talk-through");
        await screen.TapAsync("tile-move");
        await screen.Page.WaitForTimeoutAsync(3200);

        int n = said.Count;
        await screen.TapAsync("tile-move");
        await said.WaitForAsync(n, "Tryk igen for at vælge.");
        Assert.Equal(1, await screen.ByTestId("search-launcher").CountAsync());

        // Turned off with two taps: it says so, and a single tap acts again.
        await screen.TapAsync("talk-through");
        n = said.Count;
        await screen.TapAsync("talk-through");
        await said.WaitForAsync(n, "Tale ved tryk er slået fra.");
        await screen.TapAsync("tile-move");
        await screen.ByTestId("offer-list").WaitForAsync();
    }
}
