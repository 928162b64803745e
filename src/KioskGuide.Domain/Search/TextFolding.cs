using System.Globalization;
using System.Text;

namespace KioskGuide.Domain.Search;

/// <summary>
/// Folds text into search words so a citizen without æ, ø and å (or with a foreign keyboard) still
/// finds things. Query and offer text go through the same folding:
/// lower-case (invariant); æ → "ae", ø → "o", å → "a"; "aa" → "a" and "oe" → "o" (so "gaa" and
/// "gå" both become "ga", "loeb" and "løb" both "lob"); other diacritics dropped (é → e, ü → u);
/// invisible format characters (zero-width, bidi controls, soft hyphen) dropped without splitting the word;
/// words split on anything that is not a letter or digit.
/// </summary>
public static class TextFolding
{
    private const int StackLimit = 256;

    /// <summary>The folded words of <paramref name="text"/>, in order (duplicates kept).</summary>
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        AppendWords(text, words);
        return [.. words];
    }

    /// <summary>The folded words of <paramref name="text"/> joined by single spaces.</summary>
    public static string Fold(string? text) => string.Join(' ', Words(text));

    /// <summary>Adds the folded words of <paramref name="text"/> to <paramref name="words"/>.</summary>
    internal static void AppendWords(string? text, List<string> words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        // FormD splits é into e + U+0301 and å into a + U+030A; the marks are then skipped.
        // æ and ø have no decomposition and are mapped by hand.
        string decomposed = text.IsNormalized(NormalizationForm.FormD) ? text : text.Normalize(NormalizationForm.FormD);
        int capacity = decomposed.Length * 2; // æ → "ae" is the only expansion
        char[]? rented = null;
        Span<char> buffer = capacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = 0;
            foreach (char raw in decomposed)
            {
                if (char.IsAscii(raw))
                {
                    if (char.IsAsciiLetterOrDigit(raw))
                    {
                        Append(buffer, ref length, char.ToLowerInvariant(raw));
                    }
                    else
                    {
                        Flush(buffer, ref length, words);
                    }

                    continue;
                }

                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(raw);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                {
                    // A dropped diacritic, or an invisible format character (zero-width space, bidi control,
                    // soft hyphen): the word goes on, so "Spise\u200Bfællesskab" is still "spisefaellesskab".
                    continue;
                }

                if (!char.IsLetterOrDigit(raw) && category != UnicodeCategory.SpacingCombiningMark)
                {
                    Flush(buffer, ref length, words);
                    continue;
                }

                char c = char.ToLowerInvariant(raw);
                switch (c)
                {
                    case 'æ':
                        Append(buffer, ref length, 'a');
                        Append(buffer, ref length, 'e');
                        break;
                    case 'ø':
                        Append(buffer, ref length, 'o');
                        break;
                    case 'å': // only if not decomposed; FormD normally yields a + ring
                        Append(buffer, ref length, 'a');
                        break;
                    default:
                        Append(buffer, ref length, c);
                        break;
                }
            }

            Flush(buffer, ref length, words);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Appends <paramref name="c"/>, collapsing "aa" → "a" and "oe" → "o" as it goes.</summary>
    private static void Append(Span<char> buffer, ref int length, char c)
    {
        if (length > 0)
        {
            char previous = buffer[length - 1];
            if ((c == 'a' && previous == 'a') || (c == 'e' && previous == 'o'))
            {
                return;
            }
        }

        buffer[length++] = c;
    }

    private static void Flush(Span<char> buffer, ref int length, List<string> words)
    {
        if (length > 0)
        {
            words.Add(new string(buffer[..length]));
            length = 0;
        }
    }
}
