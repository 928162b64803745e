using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Central.CitizenInput.Planners.Pages;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>Counting and small-group suppression, without a server.</summary>
public sealed class ReportSummaryTests
{
    private static ReportView Summarise(IReadOnlyList<Domain.CitizenInput.QuestionnaireResponse> responses, IReadOnlySet<TextKey>? hidden = null) =>
        ReportSummary.Summarise(QuestionnaireCatalogue.BuiltIn(), InputServer.Areas, ReportFilter.All, responses, hidden ?? new HashSet<TextKey>());

    [Theory]
    [InlineData(0, "<5")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1234")]
    public void Counts_under_5_are_shown_as_less_than_5_and_carry_no_number(int count, string shown)
    {
        var cell = SmallGroups.Cell(count);

        Assert.Equal(shown, cell.Text);
        Assert.Equal(count < 5, cell.Value is null);
    }

    [Fact]
    public void The_known_set_gives_the_known_counts()
    {
        var view = Summarise(Answers.KnownSet());
        var barriers = view.Charts.Single(c => c.QuestionId == "barriers");
        var scale = view.Charts.Single(c => c.QuestionId == "social-life");
        var area = view.Charts.Single(c => c.QuestionId == "area");

        Assert.Equal("12", view.Responses.Text);
        Assert.Equal("7", barriers.Bars.Single(b => b.OptionId == "alone").Count.Text);
        Assert.Equal("5", barriers.Bars.Single(b => b.OptionId == "transport").Count.Text);
        Assert.Equal("<5", barriers.Bars.Single(b => b.OptionId == "price").Count.Text);
        Assert.Equal("<5", barriers.Bars.Single(b => b.OptionId == "health").Count.Text);
        Assert.Equal(["<5", "<5", "<5", "6", "<5"], scale.Bars.Select(b => b.Count.Text));
        Assert.Equal("8", area.Bars.Single(b => b.Label == "Åbæk").Count.Text);
        Assert.Equal("<5", area.Bars.Single(b => b.Label == "Egelund").Count.Text);
        Assert.Equal(Answers.Ideas, view.FreeTexts.Select(t => t.Text));
    }

    [Fact]
    public async Task A_suppressed_bar_has_no_length()
    {
        var view = Summarise(Answers.KnownSet());
        var barriers = view.Charts.Single(c => c.QuestionId == "barriers");
        var scale = new BarScale(barriers);

        Assert.Null(scale.Fraction(barriers.Bars.Single(b => b.OptionId == "price")));
        Assert.Equal(1.0, scale.Fraction(barriers.Bars.Single(b => b.OptionId == "alone")));
        var svg = await RenderAsync<SvgBarChart>(new Dictionary<string, object?> { [nameof(SvgBarChart.Chart)] = barriers });
        Assert.DoesNotContain("width=\"", svg.Split("data-option=\"price\"")[1].Split("</g>")[0], StringComparison.Ordinal);
        Assert.Contains("width=\"", svg.Split("data-option=\"alone\"")[1].Split("</g>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_5_answers_show_no_free_text_at_all()
    {
        var view = Summarise([.. Answers.KnownSet().Take(4)]);

        Assert.Equal("<5", view.Responses.Text);
        Assert.True(view.FreeTextWithheld);
        Assert.Empty(view.FreeTexts);
    }

    [Fact]
    public void Hidden_texts_are_left_out()
    {
        var set = Answers.KnownSet();
        var view = Summarise(set, new HashSet<TextKey> { new(set[0].Id, "idea") });

        Assert.Equal(Answers.Ideas.Skip(1), view.FreeTexts.Select(t => t.Text));
    }

    [Fact]
    public void The_csv_has_a_byte_order_mark_semicolons_and_less_than_5()
    {
        var csv = CsvReport.Render(Summarise(Answers.KnownSet()));
        var text = System.Text.Encoding.UTF8.GetString(csv.AsSpan(3));

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("kind;question_id;question;option_id;option;count;text\r\n", text, StringComparison.Ordinal);
        Assert.Contains("option;barriers;Hvad holder dig fra at være med i et fællesskab?;price;Det koster for meget;<5;", text, StringComparison.Ordinal);
        Assert.Contains("total;;Svar i alt;;;12;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citizens_text_that_looks_like_a_formula_is_defused_in_the_csv()
    {
        var set = Answers.KnownSet().Select((r, i) => i == 0
            ? r with { Answers = [.. r.Answers.Select(a => a.QuestionId == "idea" ? a with { Text = "=HYPERLINK(\"http://x\";\"klik\")" } : a)] }
            : r).ToList();

        var rows = PageFacts.CsvRows(System.Text.Encoding.UTF8.GetString(CsvReport.Render(Summarise(set)).AsSpan(3)));

        Assert.Contains(rows, r => r[0] == "text" && r[6] == "'=HYPERLINK(\"http://x\";\"klik\")");
    }

    /// <summary>A component as the server renders it, outside a request.</summary>
    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
