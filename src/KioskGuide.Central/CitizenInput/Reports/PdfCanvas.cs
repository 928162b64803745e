using SkiaSharp;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// A4 pages flowing top to bottom in an <see cref="SKDocument"/>: a cursor, page breaks, wrapped text and
/// a footer with the page number on every page.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    public const float PageWidth = 595f;
    public const float PageHeight = 842f;
    public const float Margin = 50f;
    public const float ContentWidth = PageWidth - (2 * Margin);
    private const float Bottom = PageHeight - Margin - 20f;

    private readonly SKDocument _document;
    private readonly SKFont _footerFont;
    private readonly SKPaint _grey = new() { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
    private readonly string _footer;
    private int _page;

    public PdfCanvas(Stream stream, SKDocumentPdfMetadata metadata, SKTypeface footerFace, string footer)
    {
        _document = SKDocument.CreatePdf(stream, metadata);
        _footerFont = new SKFont(footerFace, 9f);
        _footer = footer;
        NewPage();
    }

    public SKCanvas Canvas { get; private set; } = null!;

    public float Y { get; set; }

    public SKPaint Black { get; } = new() { Color = SKColors.Black, IsAntialias = true };

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Ensure(float height)
    {
        if (Y + height > Bottom && Y > Margin + 1)
        {
            NewPage();
        }
    }

    /// <summary>Draws text wrapped to <paramref name="width"/>, breaking pages between lines.</summary>
    public void Paragraph(string text, SKFont font, float x, float width, SKPaint? paint = null, float spacing = 1.3f)
    {
        var lineHeight = font.Size * spacing;
        foreach (var line in LabelWrapper.Wrap(text, s => font.MeasureText(s), width, maxLines: 200))
        {
            Ensure(lineHeight);
            Y += lineHeight;
            Canvas.DrawText(line, x, Y - (lineHeight - font.Size), SKTextAlign.Left, font, paint ?? Black);
        }
    }

    public void Close()
    {
        _document.EndPage();
        _document.Close();
    }

    public void Dispose()
    {
        _document.Dispose();
        _footerFont.Dispose();
        _grey.Dispose();
        Black.Dispose();
    }

    private void NewPage()
    {
        if (_page > 0)
        {
            _document.EndPage();
        }

        _page++;
        Canvas = _document.BeginPage(PageWidth, PageHeight);
        Y = Margin;
        var baseline = PageHeight - (Margin / 2);
        Canvas.DrawText(_footer, Margin, baseline, SKTextAlign.Left, _footerFont, _grey);
        Canvas.DrawText($"Side {_page}", PageWidth - Margin, baseline, SKTextAlign.Right, _footerFont, _grey);
    }
}
