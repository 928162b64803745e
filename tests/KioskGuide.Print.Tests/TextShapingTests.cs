using System.Buffers.Binary;
using System.Text;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Text;
using SkiaSharp;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>The bidi algorithm, HarfBuzz shaping and the HarfBuzz subsetter underneath the Arabic leaflets.</summary>
public sealed class TextShapingTests
{
    private static FontSet LeafletFonts => Infrastructure.Printing.Templates.Get(KioskGuide.Print.Templates.TemplateKind.Leaflet).Fonts;

    [Theory]
    // Arabic reads right to left; a Danish name inside keeps its own order.
    [InlineData("مكتبة Åbæk", 1, "Åbæk|مكتبة")]
    // A phone number in digit groups is one left-to-right unit in Arabic text.
    [InlineData("اتصل +45 72 41 22 35 الآن", 1, "الآن|+45 72 41 22 35|اتصل")]
    // Danish text with an Arabic word: the word's letters reverse, the sentence does not.
    [InlineData("Læsekreds على dansk", 0, "Læsekreds|على|dansk")]
    public void Runs_are_put_in_visual_order(string text, int baseLevel, string expectedLeftToRight)
    {
        var levels = Bidi.Levels(text, baseLevel);
        var runs = new List<(string Text, byte Level)>();
        for (int i = 0; i < text.Length;)
        {
            int end = i;
            while (end < text.Length && levels[end] == levels[i])
            {
                end++;
            }
            runs.Add((text[i..end], levels[i]));
            i = end;
        }
        var order = Bidi.VisualOrder([.. runs.Select(r => r.Level)]);
        var visual = string.Join("|", order.Select(k => runs[k].Text.Trim()).Where(t => t.Length > 0));
        Assert.Equal(expectedLeftToRight, visual);
    }

    [Fact]
    public void Brackets_round_a_danish_name_in_arabic_text_stay_round_it()
    {
        // N0: both brackets take one direction (here the paragraph's), so mirrored they enclose the name: "(Karim Haddad) الهاتف".
        var text = "الهاتف (Karim Haddad)";
        var levels = Bidi.Levels(text, 1);
        Assert.Equal(1, levels[text.IndexOf('(', StringComparison.Ordinal)]);
        Assert.Equal(1, levels[text.IndexOf(')', StringComparison.Ordinal)]);
        Assert.Equal(2, levels[text.IndexOf('K', StringComparison.Ordinal)]);

        // Broken over two lines, the closing bracket goes with the name it closes, not to the far end of the line.
        var secondLine = "Haddad)";
        Assert.All(Bidi.Levels(secondLine, 1), level => Assert.Equal(2, level));
    }

    [Fact]
    public void Arabic_is_shaped_into_joining_forms_not_the_isolated_letters()
    {
        using var shaper = new TextShaper(LeafletFonts);
        var shaped = shaper.Shape("سلام", FontStyle.Regular, 14, rtl: true);

        var run = Assert.Single(shaped.Runs);
        Assert.Same(LeafletFonts.ArabicRegular, run.Face);
        using var font = new SKFont(run.Face, 14);
        var isolated = font.GetGlyphs("سلام").Select(g => (ushort)g).ToArray();
        // Joined forms are other glyphs than the cmap's isolated letters, and the run is in visual order (the first letter at the right).
        Assert.NotEqual(isolated, run.Glyphs);
        Assert.NotEqual(isolated.Reverse(), run.Glyphs);
        Assert.True(run.Positions[0].X < run.Positions[^1].X);
        Assert.True(shaped.Width > 0);
    }

    [Fact]
    public void Danish_text_measures_as_before_with_kerning_from_the_font()
    {
        using var shaper = new TextShaper(LeafletFonts);
        using var font = new SKFont(LeafletFonts.Regular, 14);
        var shaped = shaper.Shape("Fællesskaber og tilbud", FontStyle.Regular, 14, rtl: false);

        Assert.Same(LeafletFonts.Regular, Assert.Single(shaped.Runs).Face);
        Assert.InRange(shaped.Width, font.MeasureText("Fællesskaber og tilbud") * 0.97f, font.MeasureText("Fællesskaber og tilbud") * 1.03f);
    }

    [Fact]
    public void HarfBuzz_subset_keeps_the_layout_tables_and_only_the_glyphs_asked_for()
    {
        var path = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
        Assert.True(File.Exists(path), "install fonts-noto-core (scripts/install-test-deps.sh)");
        var font = File.ReadAllBytes(path);
        using var shaper = new TextShaper(LeafletFonts);
        var run = shaper.Shape("على الإنترنت", FontStyle.Regular, 14, rtl: true).Runs[0];

        var subset = HarfBuzzSubsetter.Subset(font, run.Glyphs.Select(g => (uint)g), "على الإنترنت".Select(c => (int)c));

        Assert.NotNull(subset);
        var tables = Tables(subset);
        Assert.Contains("GSUB", tables);
        Assert.Contains("GPOS", tables);
        Assert.Contains("GDEF", tables);
        Assert.InRange(subset.Length, 1_000, font.Length / 4);
        // Glyph ids are kept: the subset's glyphs for the text are the full font's.
        using var cut = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var cutShaper = new TextShaper(new FontSet(LeafletFonts.Regular, LeafletFonts.Bold) { ArabicRegular = cut });
        Assert.Equal(run.Glyphs, cutShaper.Shape("على الإنترنت", FontStyle.Regular, 14, rtl: true).Runs[0].Glyphs);
    }

    private static HashSet<string> Tables(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        return [.. Enumerable.Range(0, count).Select(i => Encoding.ASCII.GetString(font, 12 + (i * 16), 4))];
    }
}
