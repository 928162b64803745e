using System.Runtime.CompilerServices;
using KioskGuide.Print.Layout;
using SkiaSharp;

namespace KioskGuide.Print.Fonts;

/// <summary>The fonts one PDF embeds: each face cut down to the characters the document draws with it.</summary>
internal sealed class SubsetFonts : IDisposable
{
    // A face's file, read once: the subset is cut from these bytes for every document.
    private static readonly ConditionalWeakTable<SKTypeface, byte[]> FontFiles = [];
    private readonly List<SKTypeface> _created = [];

    public SubsetFonts(LaidOutDocument document)
    {
        var texts = document.Pages.SelectMany(p => p.Ops).OfType<TextOp>().ToLookup(t => t.Style, t => t.Text);
        Fonts = new FontSet(Cut(document.Fonts.Regular, texts[FontStyle.Regular]), Cut(document.Fonts.Bold, texts[FontStyle.Bold]));
    }

    public FontSet Fonts { get; }

    private SKTypeface Cut(SKTypeface typeface, IEnumerable<string> texts)
    {
        var characters = string.Concat(texts.SelectMany(t => t).Distinct());
        var file = FontFiles.GetValue(typeface, Read);
        var subset = file.Length == 0 ? null : FontSubsetter.Subset(typeface, file, characters);
        var cut = subset is null ? null : SKTypeface.FromData(SKData.CreateCopy(subset));
        if (cut is null)
        {
            return typeface; // not plain TrueType: embed it whole, as Skia does anyway
        }
        _created.Add(cut);
        return cut;
    }

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

    public void Dispose() => _created.ForEach(t => t.Dispose());
}
