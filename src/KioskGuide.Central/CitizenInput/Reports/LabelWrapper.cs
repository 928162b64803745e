namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>Greedy word wrap by a width function, at most a few lines (the last one cut with "…").</summary>
public static class LabelWrapper
{
    public static IReadOnlyList<string> Wrap(string text, Func<string, double> width, double maxWidth, int maxLines = 3)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, width, maxWidth)))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && width(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] += " …";
        }

        return lines;
    }

    /// <summary>A word wider than a line is cut into pieces that fit, so nothing runs off the page.</summary>
    private static IEnumerable<string> Pieces(string word, Func<string, double> width, double maxWidth)
    {
        while (word.Length > 1 && width(word) > maxWidth)
        {
            var take = word.Length - 1;
            while (take > 1 && width(word[..take]) > maxWidth)
            {
                take--;
            }

            yield return word[..take];
            word = word[take..];
        }

        yield return word;
    }

    /// <summary>A rough width for SVG text: average glyph width of a sans-serif font.</summary>
    public static Func<string, double> ApproximateWidth(double fontSize) => s => s.Length * fontSize * 0.6;
}
