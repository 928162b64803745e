using System.Runtime.InteropServices;

namespace KioskGuide.Print.Fonts;

/// <summary>
/// HarfBuzz's own font subsetter (hb-subset), which keeps and subsets the OpenType layout tables (GSUB, GPOS, GDEF)
/// Arabic needs, for TrueType and CFF alike. HarfBuzzSharp 14.4 does not bind it in C#, but its native library
/// (libHarfBuzzSharp.so, shipped with the package) exports the hb_subset_* API, so it is called here directly; this
/// replaced KioskGuide's own TrueType subsetter, which dropped those tables.
/// Glyph ids are retained (unused glyphs become empty), so glyphs shaped with the full font draw the same from the subset.
/// </summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    private const uint RetainGids = 0x2; // HB_SUBSET_FLAGS_RETAIN_GIDS
    private const uint NoHinting = 0x1;  // HB_SUBSET_FLAGS_NO_HINTING: a PDF is rasterised at printer resolution
    private const int ReadOnly = 1;      // HB_MEMORY_MODE_READONLY

    /// <summary>The font with only <paramref name="glyphs"/> and the characters <paramref name="codepoints"/> (for the cmap); null when HarfBuzz cannot subset it.</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<uint> glyphs, IEnumerable<int> codepoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        var pin = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = 0, face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            blob = hb_blob_create(pin.AddrOfPinnedObject(), (uint)font.Length, ReadOnly, 0, 0);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0)
            {
                return null;
            }

            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0); // .notdef
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }
            hb_subset_input_set_flags(input, RetainGids | NoHinting);

            subset = hb_subset_or_fail(face, input);
            if (subset == 0)
            {
                return null;
            }
            subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out uint length);
            if (data == 0 || length == 0)
            {
                return null;
            }
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (subsetBlob != 0) hb_blob_destroy(subsetBlob);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
            pin.Free();
        }
    }

    [DllImport(Library)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Library)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
}
