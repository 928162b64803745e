using KioskGuide.Print.Fonts;

namespace KioskGuide.Print.Layout;

/// <summary>
/// The print layout's line breaking (<see cref="TextWrapper"/>) for text drawn elsewhere, e.g. chart labels a
/// browser draws in an SVG: the same greedy breaks, as plain lines, measured by a width function.
/// </summary>
public static class TextLines
{
    /// <param name="width">The width of a piece of text, in the same unit as <paramref name="maxWidth"/>.</param>
    /// <param name="maxLines">Lines kept; when the text needs more, the last kept line ends with " …".</param>
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, Func<string, float> width, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(width);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        using var measure = new TextMeasurer((s, _, _) => width(s));
        var lines = TextWrapper.Wrap([new Span(text, FontStyle.Regular)], 1f, maxWidth, measure)
            .Select(l => string.Join(' ', l.Pieces.Select(p => p.Text)))
            .ToList();
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] += " …";
        }
        return lines;
    }

    /// <summary>A rough width for sans-serif text a browser draws: the average glyph is about 0.6 of the font size.</summary>
    public static Func<string, float> AverageSansWidth(float fontSize) => s => s.Length * fontSize * 0.6f;
}
