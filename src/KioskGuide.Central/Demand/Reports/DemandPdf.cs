using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Print.Layout;

namespace KioskGuide.Central.Demand.Reports;

/// <summary>The demand sections in the planners' PDF: the same charts as the page, drawn by the Print library's bar chart.</summary>
public static class DemandPdf
{
    private const float LabelWidth = 200f;
    private const float BarWidth = 200f;

    public static void Write(FlowDocument flow, DemandView view)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(view);
        flow.Space(20);
        flow.Heading("Efterspørgsel ved skærmene");
        flow.Text(string.Join(" · ", view.FilterLines.Select(f => $"{f.Name}: {f.Value}")));
        flow.Text(
            "Tællinger pr. sted og dag, uden klokkeslæt og uden at vide, hvem der søgte. Et søgeord vises kun, når det er søgt mindst 5 gange og på mindst 5 dage eller ved mindst 3 skærme. Tal under 5 vises som <5.",
            FlowText.Small);
        if (view.Empty)
        {
            flow.Text("Ingen tællinger fra skærmene i perioden.");
            return;
        }

        Chart(flow, view.NotFoundChart, view.NotFound.Terms.Count == 0 ? null : string.Join("; ", view.NotFound.Terms.Select(t => $"{t.Term}: {t.Trend} (forrige kvartal {t.Previous})")));
        Chart(flow, view.FoundChart, null);
        Chart(flow, view.ThemesChart, null);
        Chart(flow, view.GroupsChart, null);
        if (view.Prints.Count > 0)
        {
            Chart(flow, view.PrintsChart, null);
        }

        flow.Space(16);
        flow.Heading("Sådan blev skærmen brugt");
        foreach (var use in view.Usage)
        {
            flow.Bullet($"{use.Label}: {use.Count.Text}");
        }
    }

    private static void Chart(FlowDocument flow, ChartView chart, string? trend)
    {
        flow.Space(16);
        flow.KeepTogether(() =>
        {
            flow.Heading(chart.Title);
            flow.Space(4);
            var scale = new BarScale(chart);
            flow.BarChart([.. chart.Bars.Select(b => new BarRow(b.Label, b.Count.Text, scale.Fraction(b)))], LabelWidth, BarWidth);
        });
        if (trend is not null)
        {
            flow.Text($"Udvikling: {trend}", FlowText.Small);
        }
    }
}
