using System.Runtime.CompilerServices;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Text;
using SkiaSharp;

namespace KioskGuide.Print.Fonts;

/// <summary>
/// The fonts one PDF embeds: each face cut down by HarfBuzz to the glyphs the document's shaped text uses (joining
/// forms and ligatures included, which no character maps to), keeping glyph ids and the layout tables. SkiaSharp's
/// native build would embed every face whole (about 250 KB each, compressed).
/// </summary>
internal sealed class SubsetFonts : IDisposable
{
    // A face's file, read once: the subset is cut from these bytes for every document.
    private static readonly ConditionalWeakTable<SKTypeface, byte[]> FontFiles = [];
    private readonly Dictionary<SKTypeface, SKTypeface> _cut = new(ReferenceEqualityComparer.Instance);

    /// <param name="shaper">Shapes the document's text; the PDF's drawer reuses it, so each text is shaped once.</param>
    public SubsetFonts(LaidOutDocument document, TextShaper shaper)
    {
        var used = new Dictionary<SKTypeface, (HashSet<uint> Glyphs, HashSet<int> Codepoints)>(ReferenceEqualityComparer.Instance);
        {
            foreach (var text in document.Pages.SelectMany(p => p.Ops).OfType<TextOp>())
            {
                foreach (var run in shaper.Shape(text.Text, text.Style, text.Size, text.Rtl).Runs)
                {
                    if (!used.TryGetValue(run.Face, out var set))
                    {
                        set = ([], []);
                        used[run.Face] = set;
                    }
                    set.Glyphs.UnionWith(run.Glyphs.Select(g => (uint)g));
                    for (int i = 0; i < run.Text.Length; i++)
                    {
                        set.Codepoints.Add(char.ConvertToUtf32(run.Text, i));
                        i += char.IsHighSurrogate(run.Text[i]) ? 1 : 0;
                    }
                }
            }
        }

        foreach (var (face, set) in used)
        {
            var file = FontFiles.GetValue(face, Read);
            var subset = file.Length == 0 ? null : HarfBuzzSubsetter.Subset(file, set.Glyphs, set.Codepoints);
            if (subset is not null && SKTypeface.FromData(SKData.CreateCopy(subset)) is { } cut)
            {
                _cut[face] = cut;
            }
        }
    }

    /// <summary>The face to draw with in the PDF: the subset, or the face itself when it could not be cut (then Skia embeds it whole).</summary>
    public SKTypeface For(SKTypeface face) => _cut.GetValueOrDefault(face, face);

    private static byte[] Read(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out int index);
        if (stream is null || index != 0 || !stream.HasLength)
        {
            return [];
        }
        var bytes = new byte[stream.Length];
        return stream.Read(bytes, bytes.Length) == bytes.Length ? bytes : [];
    }

    public void Dispose()
    {
        foreach (var cut in _cut.Values)
        {
            cut.Dispose();
        }
    }
}
