using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Browser.Tests;

/// <summary>A citizen leaves anonymous input on the action plan by touch alone.</summary>
[Collection(KioskCollection.Name)]
public sealed class HaveYourSayTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Citizen_answers_skips_reviews_and_sends_and_the_answer_is_in_the_outbox(string orientation)
    {
        var outbox = kiosk.Server.Services.GetRequiredService<SqliteResponseOutbox>();
        var before = (await outbox.CountsAsync()).Pending;

        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("tile-have-your-say");
        await screen.ByTestId("say-intro").WaitForAsync();
        Assert.Contains("anonym", await screen.ByTestId("say-intro").InnerTextAsync(), StringComparison.Ordinal);
        await screen.ScreenshotAsync("20-say-intro");

        await screen.TapAsync("say-start");
        await screen.ByTestId("question").WaitForAsync();
        Assert.Equal("Spørgsmål 1 af 8", await screen.ByTestId("question-progress").InnerTextAsync());
        await screen.TapAsync("option-alone");
        await screen.TapAsync("option-transport");
        await screen.ScreenshotAsync("21-say-question-choices");
        await screen.TapAsync("say-next");

        await Microsoft.Playwright.Assertions.Expect(screen.ByTestId("question-progress")).ToHaveTextAsync("Spørgsmål 2 af 8");
        await screen.TapAsync("say-next"); // skip "which communities do you miss"
        await screen.TapAsync("say-next"); // skip "how do you hear about offers"

        await Microsoft.Playwright.Assertions.Expect(screen.ByTestId("question-progress")).ToHaveTextAsync("Spørgsmål 4 af 8");
        await screen.TapAsync("scale-4");
        await screen.ScreenshotAsync("22-say-question-scale");
        await screen.TapAsync("say-next");

        await screen.ByTestId("free-text").WaitForAsync();
        await screen.TypeOnScreenAsync("mere strik");
        Assert.Equal("mere strik", await screen.ByTestId("free-text").InputValueAsync());
        await screen.ScreenshotAsync("23-say-question-free-text");
        await screen.TapAsync("say-next");

        await Microsoft.Playwright.Assertions.Expect(screen.ByTestId("question-progress")).ToHaveTextAsync("Spørgsmål 6 af 8");
        await screen.TapAsync("option-kildevang");
        await screen.TapAsync("say-next");
        await screen.TapAsync("say-next"); // skip age
        await screen.TapAsync("say-next"); // skip life situation

        await screen.ByTestId("say-review").WaitForAsync();
        Assert.Contains("Det er svært at komme alene", await screen.ByTestId("review-barriers").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Sprunget over", await screen.ByTestId("review-missing").InnerTextAsync());
        Assert.Equal("Tilfreds (4/5)", await screen.ByTestId("review-social-life").InnerTextAsync());
        Assert.Equal("mere strik", await screen.ByTestId("review-idea").InnerTextAsync());
        await screen.ScreenshotAsync("24-say-review");

        await screen.TapAsync("say-send");
        await screen.ByTestId("say-thanks").WaitForAsync();
        await screen.ScreenshotAsync("25-say-thanks");
        Assert.Equal(before + 1, (await outbox.CountsAsync()).Pending);

        var stored = CitizenInputJson.DeserializeResponse((await outbox.DueAsync(DateTimeOffset.MaxValue, 1000))[^1].Json);
        Assert.Equal(new DateOnly(2026, 11, 23), stored.Date);
        Assert.Equal(["alone", "transport"], stored.Answers.Single(a => a.QuestionId == "barriers").OptionIds);
        Assert.DoesNotContain(stored.Answers, a => a.QuestionId == "missing");
    }

    [Fact]
    public async Task One_back_button_goes_to_the_previous_question_and_home_asks_before_deleting_answers()
    {
        var outbox = kiosk.Server.Services.GetRequiredService<SqliteResponseOutbox>();
        var before = await outbox.CountsAsync();
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        await screen.TapAsync("option-alone");
        await screen.TapAsync("say-next");
        await Microsoft.Playwright.Assertions.Expect(screen.ByTestId("question-progress")).ToHaveTextAsync("Spørgsmål 2 af 8");

        // One back button on the screen: the control bar's, and it goes to the previous question with its answer kept.
        Assert.Equal(0, await screen.ByTestId("say-previous").CountAsync());
        Assert.Equal(1, await screen.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Tilbage" }).CountAsync());
        await screen.TapAsync("back");
        await Microsoft.Playwright.Assertions.Expect(screen.ByTestId("question-progress")).ToHaveTextAsync("Spørgsmål 1 af 8");
        Assert.Equal("true", await screen.ByTestId("option-alone").GetAttributeAsync("aria-pressed"));

        // "Forside" asks; "Nej" keeps the answers where they were.
        await screen.TapAsync("home");
        await screen.ByTestId("leave-questions").WaitForAsync();
        await screen.ScreenshotAsync("26-say-leave-asks");
        await screen.TapAsync("leave-stay");
        Assert.Equal(0, await screen.ByTestId("leave-questions").CountAsync());
        Assert.Equal("true", await screen.ByTestId("option-alone").GetAttributeAsync("aria-pressed"));

        // "Ja, slet svarene" goes home, the answers gone and nothing sent.
        await screen.TapAsync("home");
        await screen.TapAsync("leave-confirm");
        await screen.ByTestId("search-launcher").WaitForAsync();
        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        Assert.Equal("false", await screen.ByTestId("option-alone").GetAttributeAsync("aria-pressed"));
        Assert.Equal(before.Pending, (await outbox.CountsAsync()).Pending);

        // With nothing answered there is nothing to lose: home at once.
        await screen.TapAsync("home");
        await screen.ByTestId("search-launcher").WaitForAsync();
    }

    [Fact]
    public async Task Idle_reset_discards_a_half_written_answer()
    {
        var outbox = kiosk.Server.Services.GetRequiredService<SqliteResponseOutbox>();
        var before = await outbox.CountsAsync();

        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        await screen.TapAsync("option-price");
        await screen.TapAsync("say-next");

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(111));
        await screen.ByTestId("attract").WaitForAsync();
        await screen.TapAsync("attract");

        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        Assert.Equal("false", await screen.ByTestId("option-price").GetAttributeAsync("aria-pressed"));
        Assert.Equal(before, await outbox.CountsAsync());
    }

    [Fact]
    public async Task Stop_deletes_the_answers_and_goes_home()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        await screen.TapAsync("option-price");
        await screen.TapAsync("say-stop");
        await screen.ByTestId("search-launcher").WaitForAsync();

        // Coming back straight to a question finds no draft: the kiosk returns to the intro.
        await screen.Page.GotoAsync(new Uri(kiosk.Server.RootUri, "say/1").ToString());
        await screen.Page.WaitForSelectorAsync("body[data-kiosk-ready='true']");
        await screen.ByTestId("say-intro").WaitForAsync();
    }
}
