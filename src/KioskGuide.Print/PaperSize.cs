using SkiaSharp;

namespace KioskGuide.Print;

/// <summary>The paper sizes KioskGuide prints on.</summary>
public enum PaperSize
{
    A5,
    A4,
}

/// <summary>Paper dimensions and names. Layout works in PDF points (1/72 inch).</summary>
public static class Paper
{
    public static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    /// <summary>Portrait page size in points.</summary>
    public static SKSize Size(PaperSize paper) => paper switch
    {
        PaperSize.A5 => new SKSize(Mm(148), Mm(210)),
        PaperSize.A4 => new SKSize(Mm(210), Mm(297)),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, "A5 or A4."),
    };

    /// <summary>The PWG media name IPP and CUPS use, so the printer does not fall back to its default (often Letter).</summary>
    public static string MediaName(PaperSize paper) => paper switch
    {
        PaperSize.A5 => "iso_a5_148x210mm",
        PaperSize.A4 => "iso_a4_210x297mm",
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, "A5 or A4."),
    };
}
