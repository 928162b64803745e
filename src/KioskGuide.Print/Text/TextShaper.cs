using System.Text;
using HarfBuzzSharp;
using KioskGuide.Print.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace KioskGuide.Print.Text;

/// <summary>
/// Glyphs of one face in visual order, with positions from the text's start on its baseline, and the UTF-8 text they
/// came from with each glyph's cluster (byte offset), so the PDF maps every glyph, ligature and joining form back to the
/// letters it shows: Arabic stays searchable and copyable.
/// </summary>
internal sealed record ShapedRun(SKTypeface Face, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters, string Text);

/// <summary>A text shaped for drawing: its runs left to right, and its advance width.</summary>
internal sealed record ShapedText(IReadOnlyList<ShapedRun> Runs, float Width);

/// <summary>
/// Turns a string into positioned glyphs: each character gets a face that has it (the template's font, or the Arabic
/// font for Arabic letters), the Unicode bidi algorithm orders the runs, and HarfBuzz shapes each run (Arabic joining
/// and lam-alef, marks, kerning; brackets mirrored right to left). Layout measures with it and both renderers draw
/// with it, so what was measured is what prints. One per thread: HarfBuzz buffers and Skia fonts are not shared.
/// </summary>
internal sealed class TextShaper(FontSet fonts) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(SKTypeface, float), SKFont> _skFonts = [];
    private readonly Dictionary<(string, FontStyle, float, bool), ShapedText> _cache = [];

    public FontSet Fonts => fonts;

    /// <param name="rtl">The paragraph's direction, used when the text itself has no strong letter (e.g. "10:00").</param>
    public ShapedText Shape(string text, FontStyle style, float size, bool rtl)
    {
        var key = (text, style, size, rtl);
        if (!_cache.TryGetValue(key, out var shaped))
        {
            shaped = ShapeUncached(text, style, size, rtl);
            if (_cache.Count > 50_000)
            {
                _cache.Clear(); // a 1,000-offer catalogue stays well below this; a bound all the same
            }
            _cache[key] = shaped;
        }
        return shaped;
    }

    public SKFont Font(SKTypeface face, float size)
    {
        if (!_skFonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _skFonts[(face, size)] = font;
        }
        return font;
    }

    private ShapedText ShapeUncached(string text, FontStyle style, float size, bool rtl)
    {
        if (text.Length == 0)
        {
            return new ShapedText([], 0);
        }

        // A right-to-left document sets Arabic paragraphs right to left (UAX #9 HL1), even one that starts with a Danish
        // place name. Text with no right-to-left letter at all (a Danish address, a phone number, a web address) keeps
        // its own left-to-right order; a left-to-right document takes each text's first strong letter.
        int baseLevel = rtl && Bidi.HasRightToLeft(text) ? 1 : Bidi.BaseLevel(text, rtl ? 1 : 0);
        var levels = baseLevel == 0 && !Bidi.HasRightToLeft(text) ? null : Bidi.Levels(text, baseLevel);
        var logical = Itemise(text, style, levels);
        var order = Bidi.VisualOrder([.. logical.Select(r => r.Level)]);

        var runs = new List<ShapedRun>(logical.Count);
        float x = 0;
        foreach (int index in order)
        {
            var (start, length, level, face) = logical[index];
            var run = Run(text.Substring(start, length), face, size, level % 2 == 1, x);
            x += run.Width;
            runs.Add(run.Run);
        }
        return new ShapedText(runs, x);
    }

    /// <summary>Logical runs of one level and one face. A space, digit or stop stays in the face before it when that face has it.</summary>
    private List<(int Start, int Length, byte Level, SKTypeface Face)> Itemise(string text, FontStyle style, byte[]? levels)
    {
        var primary = fonts[style];
        var fallback = fonts.Fallback(style);
        var runs = new List<(int, int, byte, SKTypeface)>();
        int runStart = 0;
        SKTypeface? current = null;
        byte currentLevel = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int codepoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            byte level = levels?[i] ?? 0;
            var face = FaceFor(codepoint, primary, fallback, current);
            if (current is not null && (!ReferenceEquals(face, current) || level != currentLevel))
            {
                runs.Add((runStart, i - runStart, currentLevel, current));
                runStart = i;
            }
            current = face;
            currentLevel = level;
            if (codepoint > 0xFFFF)
            {
                i++;
            }
        }
        runs.Add((runStart, text.Length - runStart, currentLevel, current!));
        return runs;
    }

    private SKTypeface FaceFor(int codepoint, SKTypeface primary, SKTypeface? fallback, SKTypeface? current)
    {
        if (fallback is not null && IsArabicScript(codepoint))
        {
            return fallback;
        }
        bool common = !char.IsLetter((char)Math.Min(codepoint, 0xFFFF)) || codepoint > 0xFFFF;
        if (common && current is not null && Has(current, codepoint))
        {
            return current; // a space or a digit inside Arabic text: one run, so HarfBuzz sees the whole word group
        }
        return Has(primary, codepoint) || fallback is null || !Has(fallback, codepoint) ? primary : fallback;
    }

    private bool Has(SKTypeface face, int codepoint) => Font(face, 12).GetGlyph(codepoint) != 0;

    private static bool IsArabicScript(int c) =>
        c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF;

    private (ShapedRun Run, float Width) Run(string text, SKTypeface face, float size, bool rightToLeft, float x)
    {
        if (!_shapers.TryGetValue(face, out var shaper))
        {
            shaper = new SKShaper(face);
            _shapers[face] = shaper;
        }

        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var result = shaper.Shape(buffer, x, 0, Font(face, size));

        // HarfBuzz's clusters are UTF-16 offsets into the run; the PDF wants UTF-8 byte offsets.
        var utf8 = Encoding.UTF8.GetBytes(text);
        var byteOffset = new uint[text.Length + 1];
        uint bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byteOffset[i] = bytes;
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int units = pair ? 2 : 1;
            bytes += (uint)Encoding.UTF8.GetByteCount(text.AsSpan(i, units));
            if (pair)
            {
                byteOffset[++i] = bytes;
            }
        }
        byteOffset[text.Length] = bytes;

        var glyphs = result.Codepoints.Select(g => (ushort)g).ToArray();
        var clusters = result.Clusters.Select(c => byteOffset[Math.Min((int)c, text.Length)]).ToArray();
        if (rightToLeft)
        {
            utf8 = Encoding.UTF8.GetBytes(ReverseClusters(text, result.Clusters));
        }
        float width = result.Width > 0 || glyphs.Length == 0 ? result.Width : MeasureAdvance(face, size, glyphs);
        return (new ShapedRun(face, glyphs, result.Points, utf8, clusters, text), width);
    }

    /// <summary>
    /// The text the PDF maps a right-to-left run's glyphs back to, with the letters of each multi-letter cluster (lam-alef,
    /// a letter with its shadda) in reverse. Skia marks right-to-left runs /ReversedChars, and readers of that mark
    /// (pdftotext among them) reverse every character of the run on extraction, a cluster's ActualText included; so a
    /// cluster given in logical order came back reversed ("اال" for "الا"). Cluster starts stay where they were.
    /// </summary>
    private static string ReverseClusters(string text, uint[] clusterStarts)
    {
        var starts = clusterStarts.Select(c => (int)c).Where(c => c < text.Length).Distinct().Order().ToList();
        var chars = text.ToCharArray();
        for (int k = 0; k < starts.Count; k++)
        {
            int start = starts[k], end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            if (end - start > 1 && !text.AsSpan(start, end - start).ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                Array.Reverse(chars, start, end - start);
            }
        }
        return new string(chars);
    }

    private float MeasureAdvance(SKTypeface face, float size, ushort[] glyphs)
    {
        var widths = new float[glyphs.Length];
        Font(face, size).GetGlyphWidths(glyphs, widths, []);
        return widths.Sum();
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
        foreach (var font in _skFonts.Values)
        {
            font.Dispose();
        }
        _shapers.Clear();
        _skFonts.Clear();
        _cache.Clear();
    }
}
