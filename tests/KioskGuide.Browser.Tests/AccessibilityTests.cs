using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>axe-core on every main screen, in normal and high-contrast mode: no serious or critical violation.</summary>
[Collection(KioskCollection.Name)]
public sealed class AccessibilityTests(KioskFixture kiosk)
{
    public static TheoryData<string, bool> Screens => new()
    {
        { "home", false }, { "home", true },
        { "results", false }, { "results", true },
        { "detail", false }, { "detail", true },
        { "search", false }, { "search", true },
        { "say-choices", false }, { "say-scale", true },
        { "say-free-text", false }, { "say-review", true },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_has_no_serious_or_critical_axe_violations(string screenName, bool highContrast)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        if (highContrast)
        {
            await screen.TapAsync("high-contrast");
        }

        await ScreenNavigator.GoToAsync(screen, screenName);
        await screen.ScreenshotAsync($"axe-{screenName}{(highContrast ? "-high-contrast" : "")}");

        var result = await screen.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}")));
    }
}
