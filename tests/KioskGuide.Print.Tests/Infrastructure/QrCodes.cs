using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace KioskGuide.Print.Tests.Infrastructure;

/// <summary>
/// Every printed QR code read twice, by two independent decoders: zbarimg (what most phone apps are built on)
/// and ZXing.Net in-process from the same pixels. The two must agree before a test looks at what they read.
/// </summary>
public static class QrCodes
{
    /// <summary>The PDF's pages as pdftoppm renders them at 150 dpi, decoded by both; the codes zbarimg read, page by page.</summary>
    public static async Task<List<string>> DecodeBothAsync(string pdf, string pngPrefix)
    {
        var (exit, _, error) = await Tools.RunAsync(Tools.Pdftoppm, "-r", "150", "-png", pdf, pngPrefix);
        Assert.True(exit == 0, $"pdftoppm failed: {error}");
        var pages = Directory.GetFiles(Path.GetDirectoryName(pngPrefix)!, Path.GetFileName(pngPrefix) + "*.png").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(pages);
        return await DecodePngsBothAsync(pages);
    }

    public static async Task<List<string>> DecodePngsBothAsync(params string[] pngs)
    {
        var codes = new List<string>();
        foreach (var png in pngs)
        {
            var zbar = await Tools.DecodePngsAsync(png);
            var zxing = Zxing(png);
            Assert.True(zbar.Order(StringComparer.Ordinal).SequenceEqual(zxing.Order(StringComparer.Ordinal)),
                $"{png}: zbarimg read [{string.Join(", ", zbar)}], ZXing.Net read [{string.Join(", ", zxing)}]");
            codes.AddRange(zbar);
        }
        return codes;
    }

    /// <summary>All QR codes ZXing.Net finds in a PNG, from its RGBA pixels.</summary>
    public static List<string> Zxing(string png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException($"{png} is not a PNG");
        using var rgba = decoded.Copy(SKColorType.Rgba8888) ?? throw new InvalidOperationException($"{png}: no RGBA copy");
        Assert.Equal(rgba.Width * 4, rgba.RowBytes);
        var source = new RGBLuminanceSource(rgba.Bytes, rgba.Width, rgba.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        var results = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints) ?? [];
        return [.. results.Select(r => r.Text)];
    }
}
