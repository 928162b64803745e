using System.Buffers.Binary;
using SkiaSharp;

namespace KioskGuide.Print.Fonts;

/// <summary>
/// Makes a copy of a TrueType font that keeps the outlines of only the glyphs a document uses.
/// SkiaSharp's native build embeds whole fonts in PDFs (about 250 KB per face, compressed, and most of
/// a leaflet's PDF time); this cuts that to a few kilobytes. Glyph ids stay the same (unused glyphs
/// become empty), so advance widths, kerning and the layout measured with the full font all still hold.
/// Fonts that are not plain TrueType (e.g. CFF-based .otf) are returned as they are.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>
    /// Tables a PDF never uses: a PDF places every glyph itself, so OpenType layout (kerning, ligatures) goes
    /// unread; and a digital signature no longer matches once tables change.
    /// </summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "GPOS", "GSUB", "GDEF", "DSIG", "hdmx", "LTSH", "VDMX" };

    private const ushort ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;

    /// <summary>The font's bytes with outlines for <paramref name="text"/>'s characters only; null when the font cannot be subset.</summary>
    public static byte[]? Subset(SKTypeface typeface, byte[] font, string text)
    {
        var tables = Tables(font);
        if (tables is null || !tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head))
        {
            return null;
        }

        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        int glyphCount = (int)(loca.Length / (longOffsets ? 4 : 2)) - 1;
        int GlyphStart(int g) => longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + (g * 4))) : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + (g * 2))) * 2;

        // The glyphs of the text, .notdef, and every component of a composite glyph (é = e + ´).
        var keep = new HashSet<int>();
        var pending = new Stack<int>(typeface.GetGlyphs(text).Select(g => (int)g).Where(g => g < glyphCount).Append(0));
        while (pending.Count > 0)
        {
            int g = pending.Pop();
            if (!keep.Add(g))
            {
                continue;
            }
            int start = GlyphStart(g), end = GlyphStart(g + 1);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(glyf.Offset + start)) >= 0)
            {
                continue; // empty or simple glyph
            }
            int at = glyf.Offset + start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
                int component = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2));
                if (component < glyphCount && !keep.Contains(component))
                {
                    pending.Push(component);
                }
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                    + ((flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0);
            }
            while ((flags & MoreComponents) != 0 && at < glyf.Offset + end);
        }

        // New glyf and loca: kept glyphs copied (4-byte aligned), the rest empty.
        using var newGlyf = new MemoryStream();
        var offsets = new int[glyphCount + 1];
        for (int g = 0; g < glyphCount; g++)
        {
            offsets[g] = (int)newGlyf.Length;
            if (keep.Contains(g))
            {
                int start = GlyphStart(g), length = GlyphStart(g + 1) - start;
                newGlyf.Write(font, glyf.Offset + start, length);
                newGlyf.Write(new byte[(4 - (length % 4)) % 4]);
            }
        }
        offsets[glyphCount] = (int)newGlyf.Length;
        var newLoca = new byte[(glyphCount + 1) * (longOffsets ? 4 : 2)];
        for (int g = 0; g <= glyphCount; g++)
        {
            if (longOffsets)
            {
                BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)offsets[g]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(g * 2), (ushort)(offsets[g] / 2));
            }
        }

        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["glyf"] = newGlyf.ToArray(), ["loca"] = newLoca };
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // post format 3: no glyph names (35 KB in Noto Sans); PDF text extraction uses the ToUnicode map instead.
            var post3 = font.AsSpan(post.Offset, 32).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post3, 0x00030000);
            replaced["post"] = post3;
        }
        return Write(font, tables, replaced);
    }

    private readonly record struct Table(int Offset, int Length);

    private static Dictionary<string, Table>? Tables(byte[] font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565))
        {
            return null; // not TrueType outlines (CFF "OTTO", or a collection)
        }
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + (i * 16);
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            var table = new Table((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
            if (table.Offset < 0 || table.Length < 0 || table.Offset + table.Length > font.Length)
            {
                return null;
            }
            tables[tag] = table;
        }
        return tables;
    }

    /// <summary>A font file from the original tables, some replaced; checksums and head.checkSumAdjustment recomputed.</summary>
    private static byte[] Write(byte[] font, Dictionary<string, Table> tables, Dictionary<string, byte[]> replaced)
    {
        var tags = tables.Keys.Where(t => !Dropped.Contains(t)).Order(StringComparer.Ordinal).ToList();
        var data = tags.ToDictionary(t => t, t => replaced.TryGetValue(t, out var r) ? r : font.AsSpan(tables[t].Offset, tables[t].Length).ToArray(), StringComparer.Ordinal);
        int count = tags.Count;
        int entrySelector = (int)Math.Floor(Math.Log2(count));
        int searchRange = (1 << entrySelector) * 16;

        using var output = new MemoryStream();
        var header = new byte[12 + (16 * count)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - searchRange));
        output.Write(header);

        int headOffset = 0;
        for (int i = 0; i < count; i++)
        {
            var bytes = data[tags[i]];
            if (tags[i] == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 0); // checkSumAdjustment, set below
                headOffset = (int)output.Length;
            }
            int record = 12 + (i * 16);
            System.Text.Encoding.ASCII.GetBytes(tags[i], header.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 4), Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 8), (uint)output.Length);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 12), (uint)bytes.Length);
            output.Write(bytes);
            output.Write(new byte[(4 - (bytes.Length % 4)) % 4]);
        }

        var result = output.ToArray();
        header.CopyTo(result, 0);
        if (headOffset > 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(result));
        }
        return result;
    }

    private static uint Checksum(byte[] bytes)
    {
        uint sum = 0;
        for (int i = 0; i < bytes.Length; i += 4)
        {
            uint word = 0;
            for (int k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < bytes.Length ? bytes[i + k] : 0u);
            }
            sum += word;
        }
        return sum;
    }
}
