using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// The summary report for the action plan as a PDF (A4), laid out and drawn by the Print library: the filters,
/// the number of answers, one bar chart per question with the count printed after each bar ("&lt;5" with no bar
/// when suppressed), then the free-text answers when at least 5 answers match. Text stays text.
/// </summary>
public sealed class PdfReport(FontCatalogue fonts, IOptions<CitizenInputServerOptions> options, TimeProvider time)
{
    public const string ContentType = "application/pdf";

    private const float LabelWidth = 200f;
    private const float BarWidth = 200f;

    private static readonly string[] DefaultRegular =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"];

    private static readonly string[] DefaultBold =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"];

    /// <exception cref="Print.Templates.TemplateException">When no configured font file exists (the message names the setting).</exception>
    public byte[] Render(ReportView view, Demand.Reports.DemandView? demand = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var created = FilterText.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime));
        using var flow = new FlowDocument(Fonts());
        flow.Title($"Borgerinput: {view.Title}");
        flow.Text($"Opsummering til handleplanen, lavet {created}");
        flow.Space(8);
        foreach (var (name, value) in view.FilterLines)
        {
            flow.Text($"{name}: {value}");
        }

        flow.Space(6);
        flow.Heading($"Svar i alt: {view.Responses.Text}");
        if (view.Refusal is { } refusal)
        {
            flow.Text(refusal);
        }

        flow.Text(
            "Tal under 5 vises som <5, så ingen enkeltperson kan genkendes. Fritekst vises kun, når mindst 5 svar passer til filteret, og skjulte svar er udeladt.",
            FlowText.Small);
        foreach (var chart in view.Charts)
        {
            flow.Space(16);
            flow.KeepTogether(() => Chart(flow, chart));
        }

        FreeTexts(flow, view);
        if (demand is not null)
        {
            Demand.Reports.DemandPdf.Write(flow, demand);
        }

        var info = new DocumentInfo($"Borgerinput: {view.Title}", "KioskGuide", "Opsummering til handleplanen", "da");
        return PdfRenderer.Render(flow.Finish(info, $"KioskGuide · borgerinput · {created}", (page, pages) => $"Side {page} af {pages}"));
    }

    private static void Chart(FlowDocument flow, ChartView chart)
    {
        flow.Heading(chart.Title);
        var note = chart.Type == QuestionType.FreeText ? " (fritekst, se sidst i rapporten)" : chart.AnsweredNote;
        flow.Text($"Besvaret af {chart.Answered.Text}{note}");
        if (chart.Bars.Count > 0)
        {
            flow.Space(4);
            var scale = new BarScale(chart);
            flow.BarChart([.. chart.Bars.Select(b => new BarRow(b.Label, b.Count.Text, scale.Fraction(b)))], LabelWidth, BarWidth);
        }
    }

    private static void FreeTexts(FlowDocument flow, ReportView view)
    {
        flow.Space(20);
        flow.Heading("Idéer og forslag (fritekst)");
        flow.Space(4);
        if (view.FreeTextWithheld)
        {
            flow.Text("Fritekst vises ikke: færre end 5 svar passer til filteret.");
        }
        else if (view.FreeTexts.Count == 0)
        {
            flow.Text("Ingen fritekstsvar.");
        }

        foreach (var text in view.FreeTexts)
        {
            flow.Bullet(text.Text);
            flow.Space(4);
        }
    }

    private FontSet Fonts()
    {
        var o = options.Value;
        return fonts.Load(
            "settings",
            ($"{CitizenInputServerOptions.Section}:ReportFonts", o.ReportFonts.Count > 0 ? o.ReportFonts : DefaultRegular),
            ($"{CitizenInputServerOptions.Section}:ReportBoldFonts", o.ReportBoldFonts.Count > 0 ? o.ReportBoldFonts : DefaultBold));
    }
}
