using System.Globalization;
using System.Text.RegularExpressions;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>
/// Issue 10's differencing attack: six answers, five alike and one different. Every view the planners' page, the
/// CSV and the PDF allow is taken (every site, quarter, age band and area, and every combination of them), and every
/// pair of views is compared: none may show two numbers of answers that differ by 1 to 4, since subtracting such
/// views gives away those few people's answers; and the sixth's free text appears only where at least 5 answers are.
/// </summary>
public sealed partial class DifferencingTests : IAsyncLifetime
{
    private const string SixthText = "Jeg ville ønske der var en skakklub";

    private InputServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await InputServer.StartAsync();
        var five = Enumerable.Range(0, 5).Select(i => Answers.Valid(InputServer.KioskId,
            new Answer("barriers", ["alone"]), new Answer("social-life", [], Scale: 4), new Answer("idea", [], Text: Answers.Ideas[i]),
            new Answer("area", [StandardOptions.AreaId("Egelund")]), new Answer("age", ["65-79"])));
        var sixth = Answers.Valid(InputServer.KioskId,
            new Answer("barriers", ["price"]), new Answer("social-life", [], Scale: 1), new Answer("idea", [], Text: SixthText),
            new Answer("area", [StandardOptions.AreaId("Åbæk")]), new Answer("age", ["30-49"]));
        await _server.SeedAsync([.. five, sixth]);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task No_pair_of_views_in_the_page_the_csv_or_the_pdf_reveals_the_sixth_answer()
    {
        using var planner = await PlannerClient.LoggedInAsync(_server);
        var views = new List<(string Format, string Query, Facts Facts)>();
        foreach (var query in Queries())
        {
            var page = PageFacts.FromHtml(await planner.PageAsync(query));
            views.Add(("page", query, new Facts(page.Counts["total"], page.Texts)));
            var csv = PageFacts.FromCsv(await planner.Http.GetByteArrayAsync($"input/planners/export.csv{query}"));
            views.Add(("csv", query, new Facts(csv.Counts["total"], csv.Texts)));
            views.Add(("pdf", query, await PdfFactsAsync(planner, query)));
        }

        var leaks = new List<string>();
        foreach (var a in views)
        {
            foreach (var b in views)
            {
                if (a.Facts.Total is int ta && b.Facts.Total is int tb && ta - tb is >= 1 and < SmallGroups.Threshold)
                {
                    leaks.Add($"{a.Format} '{a.Query}' ({ta}) minus {b.Format} '{b.Query}' ({tb})");
                }
            }

            if (a.Facts.Texts.Contains(SixthText) && a.Facts.Total is not >= SmallGroups.Threshold)
            {
                leaks.Add($"{a.Format} '{a.Query}' shows the sixth's text beside fewer than 5 answers");
            }
        }

        Assert.Empty(leaks);
        Assert.Equal(3 * Queries().Count(), views.Count);
        // The overview is still there: all six, the sixth's text among five others' (no link to any filter).
        Assert.All(views.Where(v => v.Query == ""), v => Assert.Equal(6, v.Facts.Total));
        Assert.All(views.Where(v => v.Query == ""), v => Assert.Contains(SixthText, v.Facts.Texts));
    }

    [Fact]
    public async Task The_view_that_would_differ_by_one_is_withheld_with_the_reason_on_page_csv_and_pdf()
    {
        using var planner = await PlannerClient.LoggedInAsync(_server);
        const string Egelund = "?area=egelund"; // five of the six: all minus this would be the sixth

        var page = await planner.PageAsync(Egelund);
        var csv = System.Text.Encoding.UTF8.GetString(await planner.Http.GetByteArrayAsync($"input/planners/export.csv{Egelund}"));
        var pdf = await PdfTextAsync(planner, Egelund);

        Assert.Equal("<5", PageFacts.FromHtml(page)["total"]);
        Assert.Contains(Disclosure.WouldReveal, page, StringComparison.Ordinal);
        Assert.Contains(Disclosure.WouldReveal, csv, StringComparison.Ordinal);
        Assert.Contains("afsløre", pdf, StringComparison.Ordinal);
        Assert.Contains(Disclosure.MoreThanOneFilter, await planner.PageAsync("?age=65-79&area=egelund"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_suppression_the_attack_finds_the_sixth_the_test_has_teeth()
    {
        // What the page showed before: every filter allowed, any count of 5 or more shown.
        var naive = new[] { (Query: "", Total: 6), (Query: "?area=egelund", Total: 5) };
        Assert.Contains(naive, a => naive.Any(b => a.Total - b.Total is >= 1 and < SmallGroups.Threshold));
    }

    /// <summary>Every combination of site, quarter, age band and area, each also "all": what the form and the address allow.</summary>
    private static IEnumerable<string> Queries()
    {
        var today = Answers.Today;
        string?[] sites = [null, InputServer.KioskId, InputServer.OtherKioskId];
        string?[] periods = [null, Day(ReportFilter.QuarterStart(today)), Day(ReportFilter.QuarterStart(today).AddMonths(-3))];
        string?[] ages = [null, .. StandardOptions.AgeBands.Select(a => a.Id)];
        string?[] areas = [null, .. InputServer.Areas.Select(StandardOptions.AreaId)];
        foreach (var site in sites)
        {
            foreach (var period in periods)
            {
                foreach (var age in ages)
                {
                    foreach (var area in areas)
                    {
                        yield return new ReportFilter(site, period is null ? null : DateOnly.Parse(period, CultureInfo.InvariantCulture), null, age, area).ToQueryString();
                    }
                }
            }
        }

        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static async Task<string> PdfTextAsync(PlannerClient planner, string query)
    {
        var file = Path.Combine(PdfFolder.Value, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, await planner.Http.GetByteArrayAsync($"input/planners/report.pdf{query}"));
        return await Tools.TextAsync(file);
    }

    private static async Task<Facts> PdfFactsAsync(PlannerClient planner, string query)
    {
        var text = await PdfTextAsync(planner, query);
        var total = PdfTotal().Match(text).Groups[1].Value;
        var flat = Regex.Replace(text, @"\s+", " ");
        return new Facts(total, [.. Answers.Ideas.Append(SixthText).Where(t => flat.Contains(t, StringComparison.Ordinal))]);
    }

    private static readonly Lazy<string> PdfFolder = new(() => TestOutput.Folder("citizen-input-differencing"));

    [GeneratedRegex(@"Svar i alt: (\S+)")]
    private static partial Regex PdfTotal();

    private sealed record Facts(string TotalText, IReadOnlyList<string> Texts)
    {
        public int? Total => int.TryParse(TotalText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
