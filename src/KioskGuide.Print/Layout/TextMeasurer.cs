using KioskGuide.Print.Fonts;
using KioskGuide.Print.Text;

namespace KioskGuide.Print.Layout;

/// <summary>
/// Measures text as it will print: shaped by HarfBuzz, with the Arabic face for Arabic letters. One per layout run:
/// shapers are not shared across threads. Or, for text another program draws in fonts this one does not have
/// (a browser's SVG), by a width function.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly TextShaper? _shaper;
    private readonly Func<string, FontStyle, float, float>? _estimate;

    /// <param name="rtl">The direction of the paragraphs measured: right to left for Arabic.</param>
    public TextMeasurer(FontSet fonts, bool rtl = false)
    {
        _shaper = new TextShaper(fonts);
        Rtl = rtl;
    }

    /// <param name="width">The width of a text in a style and size, e.g. an average glyph width times its length.</param>
    public TextMeasurer(Func<string, FontStyle, float, float> width)
    {
        _estimate = width;
    }

    public bool Rtl { get; }

    public float Width(string text, FontStyle style, float size) =>
        text.Length == 0 ? 0 : _estimate?.Invoke(text, style, size) ?? _shaper!.Shape(text, style, size, Rtl).Width;

    public void Dispose() => _shaper?.Dispose();
}
