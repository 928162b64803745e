using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// The PDF report's two typefaces, loaded from files (SkiaSharp's lookup by family name draws nothing
/// without fontconfig). The first configured file that exists wins; DejaVu Sans, then Noto Sans, by default.
/// Loaded on first use, so a server without fonts still takes answers; the PDF then fails with a clear message.
/// </summary>
public sealed class ReportFonts(IOptions<CitizenInputServerOptions> options) : IDisposable
{
    private static readonly string[] DefaultRegular =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"];

    private static readonly string[] DefaultBold =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"];

    private readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> _faces = new(() => (
        Load("ReportFonts", options.Value.ReportFonts.Count > 0 ? options.Value.ReportFonts : DefaultRegular),
        Load("ReportBoldFonts", options.Value.ReportBoldFonts.Count > 0 ? options.Value.ReportBoldFonts : DefaultBold)));

    public SKTypeface Regular => _faces.Value.Regular;

    public SKTypeface Bold => _faces.Value.Bold;

    public void Dispose()
    {
        if (_faces.IsValueCreated)
        {
            _faces.Value.Regular.Dispose();
            _faces.Value.Bold.Dispose();
        }
    }

    private static SKTypeface Load(string setting, IReadOnlyList<string> candidates)
    {
        foreach (var path in candidates.Where(File.Exists))
        {
            var typeface = SKTypeface.FromFile(path);
            if (typeface is null)
            {
                continue;
            }

            using var font = new SKFont(typeface, 12);
            if (font.ContainsGlyphs("æøåÆØÅ–…"))
            {
                return typeface;
            }

            typeface.Dispose();
        }

        throw new InvalidOperationException(
            $"{CitizenInputServerOptions.Section}:{setting}: none of {string.Join(", ", candidates)} is a font with Danish letters; install fonts-dejavu-core or name a .ttf file");
    }
}
