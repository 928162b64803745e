using System.Collections.Concurrent;
using KioskGuide.Print.Templates;
using SkiaSharp;

namespace KioskGuide.Print.Fonts;

/// <summary>
/// Loads the typefaces a template names, from files only: SkiaSharp's family-name lookup depends on
/// fontconfig and silently draws nothing without it. Each file is loaded once and shared.
/// </summary>
public sealed class FontCatalogue : IDisposable
{
    /// <summary>Checked in every font, so a leaflet can never print "Bl?b?rgr?d".</summary>
    private const string DanishLetters = "æøåÆØÅ";

    /// <summary>Checked in an Arabic face: alef, beh, lam-alef's letters, yeh.</summary>
    private const string ArabicLetters = "ابلاي";

    private readonly ConcurrentDictionary<string, SKTypeface> _byFile = new(StringComparer.Ordinal);

    public FontSet Load(PrintTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new FontSet(
            Load(template, "fonts.regular", template.Fonts.Regular),
            Load(template, "fonts.bold", template.Fonts.Bold))
        {
            ArabicRegular = Optional(template, "fonts.arabicRegular", template.Fonts.ArabicRegular),
            ArabicBold = Optional(template, "fonts.arabicBold", template.Fonts.ArabicBold),
        };
    }

    private SKTypeface? Optional(PrintTemplate template, string field, IReadOnlyList<string> candidates) =>
        candidates.Count == 0 ? null
            : First(template.SourceFile, field, [.. candidates.Select(c => TemplateValidator.ResolvePath(template, c))], ArabicLetters);

    /// <summary>The first of <paramref name="candidates"/> that exists; a clear error naming every file looked for when none does.</summary>
    public SKTypeface Load(PrintTemplate template, string field, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(candidates);
        return First(template.SourceFile, field, [.. candidates.Select(c => TemplateValidator.ResolvePath(template, c))]);
    }

    /// <summary>
    /// Fonts named by settings rather than a template, e.g. a report's: the first file of each list that exists.
    /// Errors name <paramref name="source"/> (e.g. "central-settings.json") and the setting.
    /// </summary>
    public FontSet Load(string source, (string Setting, IReadOnlyList<string> Files) regular, (string Setting, IReadOnlyList<string> Files) bold)
    {
        ArgumentNullException.ThrowIfNull(regular.Files);
        ArgumentNullException.ThrowIfNull(bold.Files);
        return new FontSet(
            First(source, regular.Setting, [.. regular.Files.Select(Path.GetFullPath)]),
            First(source, bold.Setting, [.. bold.Files.Select(Path.GetFullPath)]));
    }

    private SKTypeface First(string source, string field, IReadOnlyList<string> paths, string letters = DanishLetters)
    {
        foreach (var path in paths.Where(File.Exists))
        {
            return _byFile.GetOrAdd(path, p => Open(source, field, p, letters));
        }

        throw new TemplateException(source, field,
            $"names no font file that exists (looked for {string.Join(", ", paths)})",
            "paths to .ttf or .otf files; on Debian install fonts-noto-core (Noto Sans) or fonts-dejavu-core (DejaVu Sans)");
    }

    private static SKTypeface Open(string templateFile, string field, string path, string letters)
    {
        var typeface = SKTypeface.FromFile(path)
            ?? throw new TemplateException(templateFile, field, $"names {path}, which cannot be read as a font", "TrueType (.ttf) or OpenType (.otf) font files");
        using var font = new SKFont(typeface, 12);
        if (!font.ContainsGlyphs(letters))
        {
            typeface.Dispose();
            throw letters == DanishLetters
                ? new TemplateException(templateFile, field, $"names {path}, which has no glyphs for æ, ø and å", "a font with Danish letters, e.g. Noto Sans or DejaVu Sans")
                : new TemplateException(templateFile, field, $"names {path}, which has no Arabic letters", "an Arabic font, e.g. /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf (fonts-noto-core)");
        }
        return typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in _byFile.Values)
        {
            typeface.Dispose();
        }
        _byFile.Clear();
    }
}

/// <summary>The two styles every printed product uses, and the faces for Arabic letters the two lack.</summary>
public sealed record FontSet(SKTypeface Regular, SKTypeface Bold)
{
    public SKTypeface this[FontStyle style] => style == FontStyle.Bold ? Bold : Regular;

    /// <summary>Draws Arabic-script letters (Noto Sans Arabic); null when the template names none.</summary>
    public SKTypeface? ArabicRegular { get; init; }

    public SKTypeface? ArabicBold { get; init; }

    public SKTypeface? Fallback(FontStyle style) => style == FontStyle.Bold ? ArabicBold ?? ArabicRegular : ArabicRegular;

    /// <summary>Every distinct face, fallbacks included.</summary>
    public IEnumerable<SKTypeface> All => new[] { Regular, Bold, ArabicRegular, ArabicBold }.OfType<SKTypeface>().Distinct(ReferenceEqualityComparer.Instance).Cast<SKTypeface>();
}

public enum FontStyle
{
    Regular,
    Bold,
}
