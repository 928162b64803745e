using System.Net;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>The planners' page over HTTP: login, counts, suppression, the CSV matching the page, hiding a text.</summary>
public sealed class PlannerPageTests : KnownAnswersServerTest
{
    [Theory]
    [InlineData("input/planners")]
    [InlineData("input/planners/export.csv")]
    [InlineData("input/planners/report.pdf")]
    public async Task Every_planner_address_needs_a_login(string path)
    {
        using var anonymous = new PlannerClient(Server);

        using var reply = await anonymous.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.StartsWith("/input/login", reply.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_log_in()
    {
        using var planner = new PlannerClient(Server);

        using var login = await planner.LoginAsync(InputServer.PlannerUser, "wrong password");
        using var page = await planner.Http.GetAsync("input/planners");

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("Forkert brugernavn eller adgangskode", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task A_login_without_the_antiforgery_token_is_refused()
    {
        using var planner = new PlannerClient(Server);
        await planner.Http.GetStringAsync("input/login");

        using var reply = await planner.Http.PostAsync("input/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = InputServer.PlannerUser,
            ["password"] = InputServer.PlannerPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_theKnown_counts_with_less_than_5_for_small_groups()
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);

        var facts = PageFacts.FromHtml(await planner.PageAsync());

        Assert.Equal("12", facts["total"]);
        Assert.Equal("12", facts["answered/barriers"]);
        Assert.Equal("7", facts["option/barriers/alone"]);
        Assert.Equal("5", facts["option/barriers/transport"]);
        Assert.Equal("<5", facts["option/barriers/price"]);
        Assert.Equal("<5", facts["option/barriers/health"]);
        Assert.Equal("6", facts["option/social-life/4"]);
        Assert.Equal("<5", facts["option/social-life/5"]);
        Assert.Equal("8", facts["option/area/abaek"]);
        Assert.Equal("<5", facts["option/area/egelund"]);
        Assert.Equal("7", facts["option/age/65-79"]);
        Assert.Equal("5", facts["option/age/30-49"]);
        Assert.Equal("6", facts["answered/idea"]);
        // Sorted: the store orders texts by date and random id, never by arrival.
        Assert.Equal(Answers.Ideas.Order(StringComparer.Ordinal), facts.Texts.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?age=65-79")]
    [InlineData("?area=egelund")]
    [InlineData("?site=test-kiosk&from=2000-01-01")]
    [InlineData("?site=other-kiosk")]
    public async Task The_csv_shows_exactly_what_the_page_shows(string query)
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);

        var page = PageFacts.FromHtml(await planner.PageAsync(query));
        using var csvReply = await planner.Http.GetAsync($"input/planners/export.csv{query}");
        var csv = PageFacts.FromCsv(await csvReply.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", csvReply.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page.Counts.OrderBy(c => c.Key, StringComparer.Ordinal), csv.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(page.Texts, csv.Texts);
    }

    [Fact]
    public async Task A_filter_leaving_fewer_than_5_answers_shows_less_than_5_and_no_free_text()
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);

        var html = await planner.PageAsync("?area=egelund");
        var facts = PageFacts.FromHtml(html);

        Assert.Equal("<5", facts["total"]);
        Assert.All(facts.Counts.Values, v => Assert.Equal("<5", v));
        Assert.Empty(facts.Texts);
        Assert.Contains("Fritekst vises ikke", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_site_period_age_and_area_narrow_the_counts()
    {
        await Server.SeedAsync(Enumerable.Range(0, 5).Select(_ => Answers.Valid(InputServer.OtherKioskId)));
        using var planner = await PlannerClient.LoggedInAsync(Server);

        Assert.Equal("17", PageFacts.FromHtml(await planner.PageAsync())["total"]);
        Assert.Equal("5", PageFacts.FromHtml(await planner.PageAsync("?site=other-kiosk"))["total"]);
        Assert.Equal("7", PageFacts.FromHtml(await planner.PageAsync("?age=65-79"))["total"]);
        // Åbæk's 8 are the test kiosk's 12 minus Egelund's 4: showing both would give those 4 away (Disclosure).
        var abaek = await planner.PageAsync("?area=abaek");
        Assert.Equal("<5", PageFacts.FromHtml(abaek)["total"]);
        Assert.Contains(Disclosure.WouldReveal, abaek, StringComparison.Ordinal);
        // Periods are whole quarters: any day of the next one selects it, and nothing was answered there yet.
        var nextQuarter = ReportFilter.QuarterStart(Answers.Today).AddMonths(3).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("<5", PageFacts.FromHtml(await planner.PageAsync($"?from={nextQuarter}"))["total"]);
        Assert.Equal("17", PageFacts.FromHtml(await planner.PageAsync($"?from={Answers.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"))["total"]);
    }

    [Fact]
    public async Task Hiding_a_text_removes_it_from_page_and_csv_but_keeps_it_stored_with_who_and_when()
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);
        var page = await planner.PageAsync();

        using var hide = await planner.HideAsync(page, Known[0].Id);
        var after = PageFacts.FromHtml(await planner.PageAsync());
        var csv = PageFacts.FromCsv(await planner.Http.GetByteArrayAsync("input/planners/export.csv"));
        var hidden = await Server.Services.GetRequiredService<IModerationStore>().HiddenAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Equal(Answers.Ideas.Skip(1).Order(StringComparer.Ordinal), after.Texts.Order(StringComparer.Ordinal));
        Assert.Equal(Answers.Ideas.Skip(1).Order(StringComparer.Ordinal), csv.Texts.Order(StringComparer.Ordinal));
        var record = Assert.Single(hidden);
        Assert.Equal(InputServer.PlannerUser, record.HiddenBy);
        Assert.InRange(record.HiddenAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
        Assert.Contains((await Server.Services.GetStoredAsync()), r => r.Answers.Any(a => a.Text == Answers.Ideas[0]));
    }

    [Fact]
    public async Task Hiding_without_the_antiforgery_token_is_refused()
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);

        using var reply = await planner.Http.PostAsync("input/planners/hide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["responseId"] = Known[0].Id.ToString("D"),
            ["questionId"] = "idea",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Empty(await Server.Services.GetRequiredService<IModerationStore>().HiddenAsync(CancellationToken.None));
    }
}
