using System.Text;

namespace KioskGuide.Domain.Text;

/// <summary>
/// Removes characters that change how a text looks or reads without being seen: zero-width spaces and joiners,
/// the byte-order mark, and the bidirectional controls (embeddings, overrides, isolates, marks). A name holding a
/// zero-width space looks like "Spisefællesskab" but is not; a right-to-left override shows a name backwards
/// while search matches the hidden order. Applied where text enters the kiosk: the feed mapping (import and
/// sync), the demo content and the on-screen keyboard. Right-to-left scripts need none of these to display:
/// the browser's bidi algorithm and the <c>dir</c> attribute order them.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>True for a character this class removes.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => true, // zero-width space, non-joiner, joiner, word joiner, BOM
        '\u200E' or '\u200F' or '\u061C' => true, // left-to-right, right-to-left and Arabic letter marks
        >= '\u202A' and <= '\u202E' => true, // embeddings and overrides (LRE, RLE, PDF, LRO, RLO)
        >= '\u2066' and <= '\u2069' => true, // isolates (LRI, RLI, FSI, PDI)
        _ => false,
    };

    /// <summary><paramref name="text"/> without its invisible characters; the same instance when it has none.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfInvisible(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (!IsInvisible(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>As <see cref="Strip(string)"/>, passing null through.</summary>
    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);

    private static int IndexOfInvisible(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
