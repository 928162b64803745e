namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>Gets a fresh page to one of the kiosk's screens by touch, the way a citizen would.</summary>
public static class ScreenNavigator
{
    public static readonly IReadOnlyList<string> AllScreens = ["home", "results", "results-filter-open", "detail", "search", "idle-warning"];

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
            case "idle-warning":
                throw new ArgumentException("The idle warning needs the clock moved; use IdleResetTests.", nameof(name));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown screen.");
        }
    }
}
