using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Qr;
using SkiaSharp;

namespace KioskGuide.Print.Rendering;

/// <summary>Draws one laid-out page onto any Skia canvas: the PDF's page or the preview's bitmap.</summary>
internal sealed class PageDrawer(FontSet fonts) : IDisposable
{
    private readonly Dictionary<(FontStyle, float), SKFont> _fonts = [];
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKSamplingOptions _imageSampling = new(SKCubicResampler.Mitchell);

    public void Draw(SKCanvas canvas, LaidOutPage page, bool links)
    {
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case TextOp text:
                    _fill.Color = text.Colour;
                    canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, Font(text.Style, text.Size), _fill);
                    break;
                case BoxOp box:
                    _fill.Color = box.Colour;
                    canvas.DrawRect(box.Rect, _fill);
                    break;
                case QrOp qr:
                    DrawQr(canvas, qr);
                    break;
                case ImageOp image:
                    canvas.DrawImage(image.Image, image.Rect, _imageSampling);
                    break;
                case LinkOp link when links && PrintLinks.IsAllowed(link.Url):
                    canvas.DrawUrlAnnotation(link.Rect, link.Url);
                    break;
            }
        }
    }

    /// <summary>
    /// Dark modules as one path of rectangles, each horizontal run merged into one: vector-sharp at any
    /// resolution, and a fraction of the PDF operators one square per module would take. No anti-aliasing,
    /// so neighbouring modules leave no hairline gaps in the bitmap.
    /// </summary>
    private static void DrawQr(SKCanvas canvas, QrOp qr)
    {
        var m = qr.Matrix;
        float module = qr.Rect.Width / m.Size;
        using var path = new SKPathBuilder();
        for (int y = 0; y < m.Size; y++)
        {
            int x = 0;
            while (x < m.Size)
            {
                if (!m[x, y])
                {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.Size && m[x, y])
                {
                    x++;
                }
                path.AddRect(new SKRect(qr.Rect.Left + (start * module), qr.Rect.Top + (y * module), qr.Rect.Left + (x * module), qr.Rect.Top + ((y + 1) * module)));
            }
        }

        using var paint = new SKPaint { Color = qr.Colour, IsAntialias = false, Style = SKPaintStyle.Fill };
        using var built = path.Detach();
        canvas.DrawPath(built, paint);
    }

    private SKFont Font(FontStyle style, float size)
    {
        if (!_fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(fonts[style], size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[(style, size)] = font;
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fill.Dispose();
    }
}
