using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>The look of a <see cref="FlowDocument"/>: paper, margin, text sizes (points) and colours.</summary>
public sealed record FlowStyle
{
    public PaperSize Paper { get; init; } = PaperSize.A4;

    public float MarginMm { get; init; } = 17.6f;

    public float TitleSize { get; init; } = 20f;

    public float HeadingSize { get; init; } = 13f;

    public float BodySize { get; init; } = 10.5f;

    public float SmallSize { get; init; } = 9.5f;

    public float FooterSize { get; init; } = 9f;

    /// <summary>Distance between baselines as a multiple of the text size.</summary>
    public float LineSpacing { get; init; } = 1.3f;

    public SKColor Text { get; init; } = SKColors.Black;

    /// <summary>The footer's colour.</summary>
    public SKColor Muted { get; init; } = new(0x44, 0x44, 0x44);

    /// <summary>The bars of a bar chart.</summary>
    public SKColor Accent { get; init; } = new(0x1d, 0x4f, 0x91);
}

/// <summary>The kinds of running text in a <see cref="FlowDocument"/>.</summary>
public enum FlowText
{
    Body,
    Small,
    Strong,
}

/// <summary>
/// One bar of a horizontal bar chart: the label, the value printed after the bar, and the bar's length as a
/// fraction (0–1) of the longest; null draws no bar at all, e.g. for a value that must not be hinted at.
/// </summary>
public sealed record BarRow(string Label, string Value, double? Fraction);
