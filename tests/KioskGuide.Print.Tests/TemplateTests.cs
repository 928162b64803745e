using KioskGuide.Print.Fonts;
using KioskGuide.Print.Templates;
using KioskGuide.Print.Tests.Infrastructure;

namespace KioskGuide.Print.Tests;

/// <summary>A municipality edits the look in JSON; every mistake gets an error naming the file, the field and what is allowed.</summary>
public sealed class TemplateTests
{
    [Theory]
    [InlineData(TemplateKind.Leaflet)]
    [InlineData(TemplateKind.Catalogue)]
    public void Shipped_templates_load_with_their_fonts_and_logo(TemplateKind kind)
    {
        var loaded = Infrastructure.Printing.Templates.Get(kind);
        Assert.NotNull(loaded.Logo);
        Assert.Equal("Noto Sans", loaded.Fonts.Regular.FamilyName);
        Assert.True(loaded.Template.SizesPt.Body >= 14);
    }

    [Theory]
    [InlineData("\"body\": 14", "\"body\": 10", "sizesPt.body", "from 14 to 36")]
    [InlineData("\"paper\": \"A5\"", "\"paper\": \"A3\"", "paper", "\"A5\", \"A4\"")]
    [InlineData("\"body\": 14", "\"bdy\": 14", "sizesPt.bdy", "title, heading, body, footer")]
    [InlineData("\"organiser\", \"qr\"]", "\"organiser\", \"colour\", \"qr\"]", "fields[11]", "name, summary, description, when")]
    [InlineData("\"errorCorrection\": \"M\"", "\"errorCorrection\": \"L\"", "qr.errorCorrection", "\"M\", \"Q\" or \"H\"")]
    [InlineData("\"text\": \"#000000\"", "\"text\": \"black\"", "colours.text", "#RRGGBB")]
    [InlineData("\"footer\": { \"da\": \"{site} · {date}\"", "\"footer\": { \"da\": \"{site} · {time}\"", "footer.da", "{site}, {municipality}, {date}")]
    [InlineData("\"lineSpacing\": 1.22", "\"lineSpacing\": \"wide\"", "lineSpacing", "a number")]
    [InlineData("\"secondPageFrom\": \"where\"", "\"secondPageFrom\": \"price\"", "secondPageFrom", "summary, when, join")]
    public void Invalid_leaflet_template_names_file_field_and_what_is_allowed(string original, string broken, string field, string allowed)
    {
        var path = Broken(TemplateKind.Leaflet, original, broken);

        var error = Assert.Throws<TemplateException>(() => TemplateLoader.Load(path, TemplateKind.Leaflet));

        Assert.Equal(field, error.Field);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(allowed, error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_and_broken_json_are_named()
    {
        var missing = Broken(TemplateKind.Leaflet, "\"fields\":", "\"fieldz\":");
        var error = Assert.Throws<TemplateException>(() => TemplateLoader.Load(missing, TemplateKind.Leaflet));
        Assert.Contains("fieldz", error.Message, StringComparison.Ordinal);

        var json = Broken(TemplateKind.Catalogue, "\"paper\": \"A4\",", "\"paper\": \"A4\"");
        var syntax = Assert.Throws<TemplateException>(() => TemplateLoader.Load(json, TemplateKind.Catalogue));
        Assert.Contains("is not valid JSON (line", syntax.Message, StringComparison.Ordinal);
        Assert.Equal("(file)", syntax.Field);
    }

    [Fact]
    public void Missing_font_file_is_named_with_the_package_to_install()
    {
        var path = Broken(TemplateKind.Leaflet, "\"regular\": [\"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf\", \"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\"]",
            "\"regular\": [\"/nowhere/KioskSans-Regular.ttf\"]");
        var template = TemplateLoader.Load(path, TemplateKind.Leaflet);
        using var fonts = new FontCatalogue();

        var error = Assert.Throws<TemplateException>(() => fonts.Load(template));

        Assert.Equal("fonts.regular", error.Field);
        Assert.Contains("/nowhere/KioskSans-Regular.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-core", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_logo_and_catalogue_only_fields_in_a_leaflet_are_named()
    {
        var logo = Broken(TemplateKind.Leaflet, "logos/aabaek-kommune.png", "logos/missing.png");
        Assert.Equal("logo", Assert.Throws<TemplateException>(() => TemplateLoader.Load(logo, TemplateKind.Leaflet)).Field);

        var cover = Broken(TemplateKind.Leaflet, "\"fields\":", "\"cover\": {}, \"fields\":");
        Assert.Equal("cover", Assert.Throws<TemplateException>(() => TemplateLoader.Load(cover, TemplateKind.Leaflet)).Field);
    }

    /// <summary>A copy of a shipped template (with its logos folder beside it) with one text replaced.</summary>
    private static string Broken(TemplateKind kind, string original, string replacement)
    {
        var source = Path.Combine(Infrastructure.Printing.TemplateDirectory, TemplateFields.FileName(kind));
        var text = File.ReadAllText(source);
        Assert.Contains(original, text, StringComparison.Ordinal);
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-templates", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "logos"));
        foreach (var logo in Directory.GetFiles(Path.Combine(Infrastructure.Printing.TemplateDirectory, "logos")))
        {
            File.Copy(logo, Path.Combine(folder, "logos", Path.GetFileName(logo)));
        }
        var path = Path.Combine(folder, TemplateFields.FileName(kind));
        File.WriteAllText(path, text.Replace(original, replacement, StringComparison.Ordinal));
        return path;
    }
}
