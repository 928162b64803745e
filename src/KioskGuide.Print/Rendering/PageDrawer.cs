using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Qr;
using KioskGuide.Print.Text;
using SkiaSharp;

namespace KioskGuide.Print.Rendering;

/// <summary>
/// Draws one laid-out page onto any Skia canvas: the PDF's page or the preview's bitmap. Text is shaped with the
/// document's fonts (as the layout measured it) and drawn with <paramref name="drawFace"/>'s faces: the PDF's subsets,
/// which keep every glyph id, so the shaped glyphs are the same.
/// </summary>
internal sealed class PageDrawer(FontSet fonts, Func<SKTypeface, SKTypeface>? drawFace = null, TextShaper? shaper = null) : IDisposable
{
    private readonly bool _ownsShaper = shaper is null;
    private readonly TextShaper _shaper = shaper ?? new(fonts);
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
                    DrawText(canvas, text);
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

    /// <summary>
    /// One text blob per text: each run's glyphs at their shaped positions, with the text and clusters, from which the
    /// PDF writes its ToUnicode map (and ActualText where one glyph stands for several letters, as lam-alef does).
    /// </summary>
    private void DrawText(SKCanvas canvas, TextOp text)
    {
        var shaped = _shaper.Shape(text.Text, text.Style, text.Size, text.Rtl);
        if (shaped.Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in shaped.Runs)
        {
            var face = drawFace?.Invoke(run.Face) ?? run.Face;
            var font = _shaper.Font(face, text.Size);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length, null);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Utf8);
            buffer.SetClusters(run.Clusters);
        }
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, text.X, text.Baseline, _fill);
        }
    }

    public void Dispose()
    {
        if (_ownsShaper)
        {
            _shaper.Dispose();
        }
        _fill.Dispose();
    }
}
