using System.Globalization;
using System.Text;
using KioskGuide.Central.CitizenInput.Planners;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// One horizontal bar chart as inline SVG, drawn on the server: option labels as text on the left, a bar,
/// and the count printed after it ("&lt;5" with no bar when suppressed). Readable without colour; a
/// &lt;title&gt; and &lt;desc&gt; give screen readers the question and every count.
/// </summary>
public static class SvgBarChart
{
    private const double Width = 760;
    private const double LabelRight = 330;
    private const double BarLeft = 342;
    private const double BarMax = 330;
    private const double FontSize = 15;
    private const double LineHeight = 18;
    private const double BarHeight = 24;
    private const double RowGap = 12;

    public static string Render(ChartView chart)
    {
        var scale = new BarScale(chart);
        var rows = new StringBuilder();
        var y = RowGap / 2;
        foreach (var bar in chart.Bars)
        {
            var lines = LabelWrapper.Wrap(bar.Label, LabelWrapper.ApproximateWidth(FontSize), LabelRight - 8);
            var rowHeight = Math.Max(lines.Count * LineHeight, BarHeight);
            var middle = y + (rowHeight / 2);
            rows.Append(CultureInfo.InvariantCulture, $"""<g class="bar" data-question="{Html.E(chart.QuestionId)}" data-option="{Html.E(bar.OptionId)}">""");
            var firstBaseline = middle - ((lines.Count - 1) * LineHeight / 2) + (FontSize * 0.35);
            rows.Append(CultureInfo.InvariantCulture, $"""<text class="label" x="{LabelRight}" y="{N(firstBaseline)}" text-anchor="end">""");
            for (var i = 0; i < lines.Count; i++)
            {
                rows.Append(CultureInfo.InvariantCulture, $"""<tspan x="{LabelRight}" dy="{(i == 0 ? 0 : LineHeight)}">{Html.E(lines[i])}</tspan>""");
            }

            rows.Append("</text>");
            var end = BarLeft;
            if (scale.Fraction(bar) is { } fraction)
            {
                var length = Math.Max(3, fraction * BarMax);
                rows.Append(CultureInfo.InvariantCulture, $"""<rect class="fill" x="{BarLeft}" y="{N(middle - (BarHeight / 2))}" width="{N(length)}" height="{BarHeight}"/>""");
                end += length;
            }

            rows.Append(CultureInfo.InvariantCulture, $"""<text class="count" x="{N(end + 8)}" y="{N(middle + (FontSize * 0.35))}">{Html.E(bar.Count.Text)}</text></g>""");
            y += rowHeight + RowGap;
        }

        var id = "chart-" + Html.E(chart.QuestionId);
        var desc = string.Join("; ", chart.Bars.Select(b => $"{b.Label}: {b.Count.Text}"));
        return $"""
            <svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {Width} {N(y)}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
            <title id="{id}-title">{Html.E(chart.Title)}</title>
            <desc id="{id}-desc">{Html.E(desc)}</desc>
            <line class="axis" x1="{BarLeft}" y1="0" x2="{BarLeft}" y2="{N(y)}"/>
            {rows}
            </svg>
            """;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
