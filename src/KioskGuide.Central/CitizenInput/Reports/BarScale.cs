namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// Bar lengths for one chart, shared by the SVG and the PDF: proportional to the largest shown count.
/// A suppressed cell has no length at all, so its bar cannot hint at the hidden number.
/// </summary>
public sealed class BarScale(ChartView chart)
{
    private readonly int _max = chart.Bars.Select(b => b.Count.Value ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>0–1 of the bar area; null when the count is suppressed.</summary>
    public double? Fraction(BarView bar) => bar.Count.Value is { } value && _max > 0 ? (double)value / _max : null;
}
