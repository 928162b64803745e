using System.Text.Json;

using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using Microsoft.Playwright;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>
/// The planners' page in Debian's Chromium: log in, read the charts after a known set of answers,
/// filter, hide a text, print. Screenshots in test-output/screenshots/planners-*.png.
/// </summary>
public sealed class PlannerBrowserTests : KnownAnswersServerTest
{
    // Every chart label must lie inside its chart (the server wraps labels by an estimate of their width).
    private const string LabelsOutsideCharts = """
        () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter(t => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1;
          }).map(t => t.textContent);
        })
        """;

    [Fact]
    public async Task A_planner_logs_in_and_sees_a_chart_per_question_with_the_right_counts()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "da-DK" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(Server.BaseAddress, "input/planners").ToString());
        Assert.Contains("/input/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Brugernavn").FillAsync(InputServer.PlannerUser);
        await page.GetByLabel("Adgangskode").FillAsync(InputServer.PlannerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/input/planners");

        Assert.Equal("12", await page.Locator("#total").InnerTextAsync());
        Assert.Equal(7, await page.Locator("svg.chart[role=img]").CountAsync()); // 8 questions, one is free text
        Assert.Equal("7", await Count(page, "barriers", "alone"));
        Assert.Equal("5", await Count(page, "barriers", "transport"));
        Assert.Equal("<5", await Count(page, "barriers", "price"));
        Assert.Equal(0, await page.Locator("g.bar[data-question=barriers][data-option=price] rect").CountAsync());
        Assert.Equal("6", await Count(page, "social-life", "4"));
        Assert.Equal("8", await Count(page, "area", "abaek"));
        Assert.Equal("7", await Count(page, "age", "65-79"));
        Assert.Equal("Hvad holder dig fra at være med i et fællesskab?", await page.Locator("#chart-barriers-title").TextContentAsync());
        Assert.Equal(Answers.Ideas, await page.Locator(".texts .text").AllInnerTextsAsync());
        Assert.Empty((await page.EvaluateAsync<JsonElement>(LabelsOutsideCharts)).EnumerateArray());
        await page.ScreenshotAsync(new() { Path = Shot("planners-overview"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Shot("planners-first-screen") });

        await page.GetByLabel("Område").SelectOptionAsync("egelund");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("area=egelund", StringComparison.Ordinal));
        Assert.Equal("<5", await page.Locator("#total").InnerTextAsync());
        Assert.Equal("<5", await Count(page, "barriers", "alone"));
        Assert.Equal(0, await page.Locator("svg.chart rect").CountAsync());
        Assert.Equal(0, await page.Locator(".texts .text").CountAsync());
        await page.Locator(".withheld").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Shot("planners-filtered-small-group"), FullPage = true });

        await page.GotoAsync(new Uri(Server.BaseAddress, "input/planners?age=65-79").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Skjul svaret: {Answers.Ideas[0]}" }).ClickAsync();
        await page.WaitForURLAsync("**/input/planners?age=65-79#fritekst");
        Assert.Equal(Answers.Ideas.Skip(1), await page.Locator(".texts .text").AllInnerTextsAsync());

        await page.GotoAsync(new Uri(Server.BaseAddress, "input/planners").ToString());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.False(await page.Locator(".hide-form").First.IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Shot("planners-print"), FullPage = true });
    }

    private static async Task<string?> Count(IPage page, string question, string option) =>
        await page.Locator($"g.bar[data-question='{question}'][data-option='{option}'] text.count").TextContentAsync();

    private static string Shot(string name) => Path.Combine(TestOutput.Folder("screenshots"), $"{name}.png");
}
