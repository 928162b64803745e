using KioskGuide.Print.Fonts;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// Measures text in the template's fonts. One per layout run: SKFont objects are not shared across threads.
/// Or, for text another program draws in fonts this one does not have (a browser's SVG), by a width function.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly Dictionary<(FontStyle, float), SKFont> _fonts = [];
    private readonly FontSet? _fontSet;
    private readonly Func<string, FontStyle, float, float>? _estimate;

    public TextMeasurer(FontSet fonts)
    {
        _fontSet = fonts;
    }

    /// <param name="width">The width of a text in a style and size, e.g. an average glyph width times its length.</param>
    public TextMeasurer(Func<string, FontStyle, float, float> width)
    {
        _estimate = width;
    }

    public SKFont Font(FontStyle style, float size)
    {
        if (_fontSet is null)
        {
            throw new InvalidOperationException("This measurer estimates widths; it has no fonts.");
        }

        if (!_fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(_fontSet[style], size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[(style, size)] = font;
        }
        return font;
    }

    public float Width(string text, FontStyle style, float size) =>
        text.Length == 0 ? 0 : _estimate?.Invoke(text, style, size) ?? Font(style, size).MeasureText(text);

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fonts.Clear();
    }
}
