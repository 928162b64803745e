using System.Collections.Concurrent;
using KioskGuide.Print.Fonts;
using SkiaSharp;

namespace KioskGuide.Print.Templates;

/// <summary>A template with its fonts loaded and its logo decoded.</summary>
public sealed record LoadedTemplate(PrintTemplate Template, FontSet Fonts, SKImage? Logo);

/// <summary>
/// Reads the templates in one folder and keeps them until the file changes, so a municipality's edit
/// shows on the next print without a restart. Logos are decoded once per file.
/// </summary>
public sealed class TemplateStore(string directory, FontCatalogue fonts) : IDisposable
{
    private readonly ConcurrentDictionary<TemplateKind, (DateTime Written, LoadedTemplate Loaded)> _templates = new();
    private readonly ConcurrentDictionary<string, SKImage> _logos = new(StringComparer.Ordinal);

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathOf(TemplateKind kind) => Path.Combine(Directory, TemplateFields.FileName(kind));

    /// <summary>The template of <paramref name="kind"/>; <paramref name="logoOverride"/> (from the kiosk's config) replaces its logo.</summary>
    /// <exception cref="TemplateException">When the template, a font or the logo is missing or wrong.</exception>
    public LoadedTemplate Get(TemplateKind kind, string? logoOverride = null)
    {
        var path = PathOf(kind);
        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        if (!_templates.TryGetValue(kind, out var cached) || cached.Written != written)
        {
            var template = TemplateLoader.Load(path, kind);
            cached = (written, new LoadedTemplate(template, fonts.Load(template), template.Logo is { Length: > 0 } logo ? Logo(path, "logo", TemplateValidator.ResolvePath(template, logo)) : null));
            _templates[kind] = cached;
        }

        return string.IsNullOrWhiteSpace(logoOverride)
            ? cached.Loaded
            : cached.Loaded with { Logo = Logo("Print:LogoFile", "LogoFile", Path.GetFullPath(logoOverride, Directory)) };
    }

    private SKImage Logo(string source, string field, string file)
    {
        if (_logos.TryGetValue(file, out var image))
        {
            return image;
        }
        if (!File.Exists(file))
        {
            throw new TemplateException(source, field, $"names {file}, which does not exist", "a PNG or JPEG file");
        }
        image = SKImage.FromEncodedData(file)
            ?? throw new TemplateException(source, field, $"names {file}, which cannot be read as a picture", "a PNG or JPEG file");
        return _logos.GetOrAdd(file, image);
    }

    public void Dispose()
    {
        foreach (var image in _logos.Values)
        {
            image.Dispose();
        }
        _logos.Clear();
    }
}
