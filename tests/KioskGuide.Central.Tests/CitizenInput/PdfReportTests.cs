
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>The PDF summary: its text (pdftotext) shows the page's numbers and "&lt;5"; rendered to PNG in test-output/ to look at.</summary>
public sealed class PdfReportTests : KnownAnswersServerTest
{
    [Fact]
    public async Task The_report_shows_the_counts_with_less_than_5_and_the_free_texts()
    {
        var text = await ReportTextAsync("", "report-all");

        Assert.Contains("Svar i alt: 12", text, StringComparison.Ordinal);
        Assert.Contains("Besvaret af 12 (flere svar mulige)", text, StringComparison.Ordinal);
        Assert.Contains("Besvaret af 12\n", text, StringComparison.Ordinal);
        Assert.Matches(@"Transport og afstand\s+5\n", text);
        Assert.Matches(@"4 – Tilfreds\s+6\n", text);
        Assert.Matches(@"Det koster for meget\s+<5", text);
        Assert.Matches(@"Åbæk\s+8", text);
        Assert.Matches(@"Egelund\s+<5", text);
        Assert.Contains("Strikkecafé på biblioteket om torsdagen", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Det koster for meget\s+2\b", text);
    }

    [Fact]
    public async Task A_filter_with_fewer_than_5_answers_gives_less_than_5_everywhere_and_no_free_text()
    {
        var text = await ReportTextAsync("?area=egelund", "report-egelund");

        Assert.Contains("Svar i alt: <5", text, StringComparison.Ordinal);
        Assert.Contains("Område: Egelund", text, StringComparison.Ordinal);
        Assert.Contains("Fritekst vises ikke", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strikkecafé", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\s[1-4]\s*$", string.Join('\n', text.Split('\n').Where(l => !l.Contains("Side", StringComparison.Ordinal))));
    }

    private async Task<string> ReportTextAsync(string query, string name)
    {
        using var planner = await PlannerClient.LoggedInAsync(Server);
        using var reply = await planner.Http.GetAsync($"input/planners/report.pdf{query}");
        Assert.Equal("application/pdf", reply.Content.Headers.ContentType?.MediaType);
        var folder = TestOutput.Folder("citizen-input");
        var pdf = Path.Combine(folder, $"{name}.pdf");
        await File.WriteAllBytesAsync(pdf, await reply.Content.ReadAsByteArrayAsync());

        var pages = await Tools.PngAsync(pdf, Path.Combine(folder, name));
        Assert.NotEmpty(pages);
        return await Tools.TextAsync(pdf);
    }
}
