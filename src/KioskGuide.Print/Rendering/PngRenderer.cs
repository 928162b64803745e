using KioskGuide.Print.Layout;
using SkiaSharp;

namespace KioskGuide.Print.Rendering;

/// <summary>Draws a page of a laid-out document into a PNG: the on-screen preview of exactly what prints.</summary>
public static class PngRenderer
{
    /// <param name="dpi">Pixels per inch; about 110 makes an A5 page fill a kiosk dialog.</param>
    public static byte[] Render(LaidOutDocument document, int pageIndex, float dpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, document.PageCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 20f);

        float scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(document.PageSize.Width * scale), (int)Math.Ceiling(document.PageSize.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Could not create a {info.Width}×{info.Height} bitmap for the preview.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var drawer = new PageDrawer(document.Fonts))
        {
            drawer.Draw(canvas, document.Pages[pageIndex], links: false);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
