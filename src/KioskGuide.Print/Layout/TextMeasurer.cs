using KioskGuide.Print.Fonts;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>Measures text in the template's fonts. One per layout run: SKFont objects are not shared across threads.</summary>
internal sealed class TextMeasurer(FontSet fonts) : IDisposable
{
    private readonly Dictionary<(FontStyle, float), SKFont> _fonts = [];

    public FontSet FontSet { get; } = fonts;

    public SKFont Font(FontStyle style, float size)
    {
        if (!_fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(FontSet[style], size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[(style, size)] = font;
        }
        return font;
    }

    public float Width(string text, FontStyle style, float size) => text.Length == 0 ? 0 : Font(style, size).MeasureText(text);

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fonts.Clear();
    }
}
