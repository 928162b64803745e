namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>Gets a fresh page to one of the kiosk's screens by touch, the way a citizen would.</summary>
public static class ScreenNavigator
{
    public static readonly IReadOnlyList<string> AllScreens =
        ["home", "results", "results-filter-open", "detail", "search", "say-intro", "say-choices", "say-scale", "say-free-text", "say-review", "idle-warning"];

    public static async Task GoToAsync(KioskPage screen, string name)
    {
        switch (name)
        {
            case "home":
                break;
            case "results":
                await screen.TapAsync("tile-meet");
                await screen.ByTestId("offer-list").WaitForAsync();
                break;
            case "results-filter-open":
                await screen.TapAsync("tile-meet");
                await screen.TapAsync("filter-who");
                await screen.ByTestId("filter-panel").WaitForAsync();
                break;
            case "detail":
                await screen.TapAsync("tile-talk");
                await screen.ByTestId("offer-card").First.TapAsync();
                await screen.ByTestId("offer-detail").WaitForAsync();
                break;
            case "search":
                await screen.TapAsync("search-launcher");
                await screen.TypeOnScreenAsync("gå");
                await screen.ByTestId("offer-list").WaitForAsync();
                break;
            case "say-intro":
                await screen.TapAsync("tile-have-your-say");
                await screen.ByTestId("say-intro").WaitForAsync();
                break;
            case "say-choices":
                await GoToAsync(screen, "say-intro");
                await screen.TapAsync("say-start");
                await screen.TapAsync("option-alone");
                break;
            case "say-scale":
                await GoToAsync(screen, "say-choices");
                for (var i = 0; i < 3; i++)
                {
                    await screen.TapAsync("say-next");
                }

                await screen.TapAsync("scale-2");
                break;
            case "say-free-text":
                await GoToAsync(screen, "say-scale");
                await screen.TapAsync("say-next");
                await screen.ByTestId("free-text").WaitForAsync();
                break;
            case "say-review":
                await GoToAsync(screen, "say-free-text");
                for (var i = 0; i < 4; i++)
                {
                    await screen.TapAsync("say-next");
                }

                await screen.ByTestId("say-review").WaitForAsync();
                break;
            case "idle-warning":
                throw new ArgumentException("The idle warning needs the clock moved; use IdleResetTests.", nameof(name));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown screen.");
        }
    }
}
