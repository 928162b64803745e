using System.Globalization;
using System.Text.RegularExpressions;

namespace KioskGuide.Print.Templates;

/// <summary>The rules a template's values must keep: large print, known fields, printable colours.</summary>
internal static partial class TemplateValidator
{
    public static void Validate(PrintTemplate t, TemplateKind kind, string file)
    {
        Range(file, "scaleOnA4", t.ScaleOnA4, 0.5f, 2f);
        Range(file, "marginsMm.top", t.MarginsMm.Top, 5, 40);
        Range(file, "marginsMm.right", t.MarginsMm.Right, 5, 40);
        Range(file, "marginsMm.bottom", t.MarginsMm.Bottom, 5, 40);
        Range(file, "marginsMm.left", t.MarginsMm.Left, 5, 40);
        Range(file, "sizesPt.title", t.SizesPt.Title, 20, 72, "large print: headings at least 20 pt");
        Range(file, "sizesPt.heading", t.SizesPt.Heading, 20, 48, "large print: headings at least 20 pt");
        Range(file, "sizesPt.body", t.SizesPt.Body, 14, 36, "large print: body text at least 14 pt");
        Range(file, "sizesPt.footer", t.SizesPt.Footer, 14, 36, "large print: no text under 14 pt");
        Range(file, "lineSpacing", t.LineSpacing, 1f, 2f);
        Range(file, "logoHeightMm", t.LogoHeightMm, 5, 40);
        Range(file, "qr.sizeMm", t.Qr.SizeMm, 15, 80, "smaller codes are hard for older phones to read");

        if (t.Qr.ErrorCorrection is not ("M" or "Q" or "H"))
        {
            throw new TemplateException(file, "qr.errorCorrection", $"is \"{t.Qr.ErrorCorrection}\"", "\"M\", \"Q\" or \"H\" (M or better keeps a folded or smudged code readable)");
        }

        Colour(file, "colours.text", t.Colours.Text);
        Colour(file, "colours.heading", t.Colours.Heading);
        Colour(file, "colours.rule", t.Colours.Rule);

        NotEmpty(file, "fonts.regular", t.Fonts.Regular);
        NotEmpty(file, "fonts.bold", t.Fonts.Bold);

        if (t.Logo is { Length: > 0 } logo && !File.Exists(ResolvePath(t, logo)))
        {
            throw new TemplateException(file, "logo", $"names \"{logo}\", which does not exist (looked for {ResolvePath(t, logo)})", "a PNG or JPEG file, relative to the template's folder or absolute");
        }

        Fields(file, kind, t.Fields);
        if (t.SecondPageFrom is { } from && (kind != TemplateKind.Leaflet || !t.Fields.Contains(from) || from == "name"))
        {
            throw new TemplateException(file, "secondPageFrom", $"is \"{from}\"",
                kind == TemplateKind.Leaflet ? $"one of this template's fields after \"name\": {string.Join(", ", t.Fields.Where(f => f != "name"))}" : "nothing: it is for the leaflet only");
        }
        for (int i = 0; i < t.DropToFitOnePage.Count; i++)
        {
            var drop = t.DropToFitOnePage[i];
            if (kind != TemplateKind.Leaflet || !t.Fields.Contains(drop) || drop == "name")
            {
                throw new TemplateException(file, $"dropToFitOnePage[{i}]", $"is \"{drop}\"",
                    kind == TemplateKind.Leaflet ? $"fields of this template other than \"name\": {string.Join(", ", t.Fields.Where(f => f != "name"))}" : "nothing: it is for the leaflet only");
            }
        }

        Text(file, "header", t.Header);
        Text(file, "footer", t.Footer);

        if (t.Cover is { } cover)
        {
            if (kind != TemplateKind.Catalogue)
            {
                throw new TemplateException(file, "cover", "is only for the catalogue", "remove it from the leaflet template");
            }
            Text(file, "cover.title", cover.Title);
            Text(file, "cover.subtitle", cover.Subtitle);
            Text(file, "cover.guide", cover.Guide);
        }
    }

    /// <summary>A path in a template: absolute, or relative to the template's own folder.</summary>
    public static string ResolvePath(PrintTemplate t, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(t.SourceFile) ?? ".", path));

    private static void Fields(string file, TemplateKind kind, IReadOnlyList<string> fields)
    {
        var allowed = TemplateFields.For(kind);
        string allowedText = string.Join(", ", allowed);
        if (fields.Count == 0)
        {
            throw new TemplateException(file, "fields", "is empty", allowedText);
        }

        for (int i = 0; i < fields.Count; i++)
        {
            if (!allowed.Contains(fields[i]))
            {
                throw new TemplateException(file, $"fields[{i}]", $"is \"{fields[i]}\", which is not a field of the {kind.ToString().ToLowerInvariant()}", allowedText);
            }
            if (fields.Take(i).Contains(fields[i]))
            {
                throw new TemplateException(file, $"fields[{i}]", $"repeats \"{fields[i]}\"", "each field once");
            }
        }

        if (kind == TemplateKind.Leaflet && !fields.Contains("name"))
        {
            throw new TemplateException(file, "fields", "has no \"name\"", "a list that includes \"name\": a leaflet must say what it is about");
        }
    }

    private static void Text(string file, string field, LocalText text)
    {
        foreach (var (language, value) in new[] { ("da", text.Da), ("en", text.En) })
        {
            foreach (Match m in Placeholder().Matches(value ?? ""))
            {
                if (!TemplateFields.Placeholders.Contains(m.Value))
                {
                    throw new TemplateException(file, $"{field}.{language}", $"uses the unknown placeholder {m.Value}", string.Join(", ", TemplateFields.Placeholders));
                }
            }
        }
    }

    private static void Range(string file, string field, float value, float min, float max, string? why = null)
    {
        if (float.IsNaN(value) || value < min || value > max)
        {
            throw new TemplateException(file, field, $"is {value.ToString(CultureInfo.InvariantCulture)}",
                $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{(why is null ? "" : $" ({why})")}");
        }
    }

    private static void Colour(string file, string field, string value)
    {
        if (!HexColour().IsMatch(value))
        {
            throw new TemplateException(file, field, $"is \"{value}\"", "a colour as #RRGGBB, e.g. \"#000000\" for black");
        }
    }

    private static void NotEmpty(string file, string field, IReadOnlyList<string> files)
    {
        if (files.Count == 0 || files.Any(string.IsNullOrWhiteSpace))
        {
            throw new TemplateException(file, field, "is empty", "a list of font files (.ttf or .otf), e.g. [\"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf\"]");
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
