using System.Text;
using KioskGuide.Print.Fonts;

namespace KioskGuide.Print.Layout;

/// <summary>A stretch of text in one style, e.g. a bold label followed by a regular value.</summary>
internal readonly record struct Span(string Text, FontStyle Style);

/// <summary>Part of a wrapped line in one style, at <see cref="X"/> from the line's start.</summary>
internal sealed record LinePiece(string Text, FontStyle Style, float X, float Width);

internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces)
{
    public float Width => Pieces.Count == 0 ? 0 : Pieces[^1].X + Pieces[^1].Width;
}

/// <summary>
/// Greedy line breaking at spaces, which reads best for large print (no hyphenation, no justification).
/// A word wider than the line (a long web address) is broken after a '/' or '-' when possible.
/// </summary>
internal static class TextWrapper
{
    private readonly record struct Token(string Word, FontStyle Style, bool SpaceBefore, bool BreakBefore);

    public static List<TextLine> Wrap(IEnumerable<Span> spans, float size, float maxWidth, TextMeasurer measure)
    {
        var lines = new List<TextLine>();
        var pieces = new List<LinePiece>();
        var text = new StringBuilder();
        FontStyle style = FontStyle.Regular;
        float pieceX = 0, x = 0;

        void FlushPiece()
        {
            if (text.Length > 0)
            {
                var s = text.ToString();
                pieces.Add(new LinePiece(s, style, pieceX, measure.Width(s, style, size)));
                text.Clear();
            }
        }

        void FlushLine()
        {
            FlushPiece();
            lines.Add(new TextLine([.. pieces]));
            pieces.Clear();
            x = 0;
            pieceX = 0;
        }

        void Place(string word, FontStyle wordStyle, bool space)
        {
            bool lineEmpty = pieces.Count == 0 && text.Length == 0;
            float spaceWidth = space && !lineEmpty ? measure.Width(" ", wordStyle, size) : 0;
            float width = measure.Width(word, wordStyle, size);

            if (!lineEmpty && x + spaceWidth + width > maxWidth)
            {
                FlushLine();
                Place(word, wordStyle, space: false);
                return;
            }

            if (lineEmpty && width > maxWidth)
            {
                int cut = FittingPrefix(word, wordStyle, size, maxWidth, measure);
                Place(word[..cut], wordStyle, space: false);
                FlushLine();
                Place(word[cut..], wordStyle, space: false);
                return;
            }

            if (wordStyle != style && text.Length > 0)
            {
                FlushPiece();
            }
            if (text.Length == 0)
            {
                style = wordStyle;
                pieceX = x + spaceWidth;
            }
            else if (spaceWidth > 0)
            {
                text.Append(' ');
            }
            text.Append(word);
            x += spaceWidth + width;
        }

        foreach (var token in Tokens(spans))
        {
            if (token.BreakBefore && (pieces.Count > 0 || text.Length > 0))
            {
                FlushLine();
            }
            if (token.Word.Length > 0)
            {
                Place(token.Word, token.Style, token.SpaceBefore);
            }
        }
        if (pieces.Count > 0 || text.Length > 0)
        {
            FlushLine();
        }
        return lines;
    }

    /// <summary>Words with whether a space (or a line break) came before them, across span boundaries.</summary>
    private static IEnumerable<Token> Tokens(IEnumerable<Span> spans)
    {
        bool space = false, lineBreak = false;
        foreach (var span in spans)
        {
            int i = 0;
            var s = span.Text;
            while (i < s.Length)
            {
                if (s[i] == '\n')
                {
                    lineBreak = true;
                    i++;
                }
                else if (char.IsWhiteSpace(s[i]))
                {
                    space = true;
                    i++;
                }
                else
                {
                    int start = i;
                    while (i < s.Length && !char.IsWhiteSpace(s[i]))
                    {
                        i++;
                    }
                    yield return new Token(s[start..i], span.Style, space, lineBreak);
                    space = lineBreak = false;
                }
            }
        }
    }

    /// <summary>How many characters of an over-long word fit; after the last '/' or '-' that fits when there is one.</summary>
    private static int FittingPrefix(string word, FontStyle style, float size, float maxWidth, TextMeasurer measure)
    {
        int fit = 1;
        while (fit < word.Length && measure.Width(word[..(fit + 1)], style, size) <= maxWidth)
        {
            fit++;
        }

        // A web address reads best cut after a '/': a cut after '-' looks like hyphenation and may be typed wrong.
        int slash = word.LastIndexOf('/', fit - 1);
        if (slash > fit / 4)
        {
            return slash + 1;
        }
        int other = word.LastIndexOfAny(['-', '.', '?', '&'], fit - 1);
        return other > fit / 3 ? other + 1 : fit;
    }
}
