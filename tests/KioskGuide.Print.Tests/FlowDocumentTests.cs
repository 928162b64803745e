using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Templates;
using KioskGuide.Print.Tests.Infrastructure;

namespace KioskGuide.Print.Tests;

/// <summary>The plain flowing document reports use: text stays text, bars only where asked, headings kept with what follows, page numbers.</summary>
public sealed class FlowDocumentTests
{
    private static readonly string[] Regular = ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];
    private static readonly string[] Bold = ["/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];
    private static readonly FontCatalogue Fonts = new();

    private static readonly BarRow[] Rows =
    [
        new("Transport og afstand", "5", 5 / 7.0),
        new("Det er svært at komme alene første gang, især om aftenen når det er mørkt og koldt, og bussen kun kører en gang i timen", "7", 1.0),
        new("Det koster for meget", "<5", null),
    ];

    [Fact]
    public async Task A_report_flows_over_pages_with_bars_values_and_page_numbers_as_text()
    {
        using var flow = new FlowDocument(Fonts.Load("test", ("regular", Regular), ("bold", Bold)));
        flow.Title("Borgerinput: Sig din mening om fællesskaber");
        flow.Text("Sted: Alle steder");
        for (int section = 1; section <= 8; section++)
        {
            flow.Space(16);
            flow.KeepTogether(() =>
            {
                flow.Heading($"Spørgsmål {section}");
                flow.Text("Besvaret af 12");
                flow.BarChart(Rows, 200, 200);
            });
        }

        flow.Space(20);
        flow.Heading("Idéer og forslag");
        for (int i = 1; i <= 30; i++)
        {
            flow.Bullet($"Idé nummer {i}: strikkecafé på biblioteket om torsdagen, gerne med kaffe og en fast vært, der tager imod nye.");
        }

        var document = flow.Finish(new DocumentInfo("Borgerinput", "KioskGuide", "Opsummering", "da"), "KioskGuide · borgerinput", (p, n) => $"Side {p} af {n}");
        var folder = TestOutput.FreshFolder("flow-document");
        var pdf = Path.Combine(folder, "flow.pdf");
        var bytes = PdfRenderer.Render(document);
        await File.WriteAllBytesAsync(pdf, bytes);
        var text = await Tools.TextAsync(pdf);

        Assert.True(document.PageCount >= 3, $"{document.PageCount} pages");
        Assert.Contains($"Side 1 af {document.PageCount}", text, StringComparison.Ordinal);
        Assert.Matches(@"Transport og afstand\s+5\n", text);
        Assert.Matches(@"Det koster for meget\s+<5", text);
        Assert.Contains("…", text, StringComparison.Ordinal); // the four-line label is cut to three
        Assert.Contains("Idé nummer 30", text, StringComparison.Ordinal);
        Assert.True(bytes.Length < 150_000, $"{bytes.Length} bytes: the fonts should be subset");

        // A bar for each row with a fraction, none for the row without: 8 charts × 2.
        var accent = new FlowStyle().Accent;
        Assert.Equal(16, document.Pages.SelectMany(p => p.Ops).OfType<BoxOp>().Count(b => b.Colour == accent));

        // No page ends with a heading: after the last heading on a page comes something other than the footer.
        foreach (var page in document.Pages)
        {
            var body = page.Ops.OfType<TextOp>().SkipLast(2).ToList();
            Assert.True(body.Count > 0);
            Assert.NotEqual(13f, body[^1].Size);
        }

        // Each chart is whole on one page: its heading and all three of its rows.
        foreach (var page in document.Pages)
        {
            var texts = page.Ops.OfType<TextOp>().Select(t => t.Text).ToList();
            Assert.Equal(texts.Count(t => t.StartsWith("Spørgsmål", StringComparison.Ordinal)), texts.Count(t => t == "Transport og afstand"));
        }
    }

    [Fact]
    public void Lines_for_text_drawn_elsewhere_break_like_print_and_are_capped_with_an_ellipsis()
    {
        var width = TextLines.AverageSansWidth(15);

        var lines = TextLines.Wrap("Jeg føler ikke, det er for sådan nogle som mig", 322, width);
        var capped = TextLines.Wrap("en to tre fire fem seks syv otte ni ti elleve tolv", 60, width, maxLines: 3);

        Assert.Equal(["Jeg føler ikke, det er for sådan", "nogle som mig"], lines);
        Assert.All(lines, l => Assert.True(width(l) <= 322));
        Assert.Equal(3, capped.Count);
        Assert.EndsWith(" …", capped[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_named_by_settings_fail_with_the_setting_when_no_file_exists()
    {
        var error = Assert.Throws<TemplateException>(() => Fonts.Load("central-settings.json", ("CitizenInput:ReportFonts", ["/nowhere/x.ttf"]), ("CitizenInput:ReportBoldFonts", Bold)));

        Assert.Contains("central-settings.json: 'CitizenInput:ReportFonts' names no font file that exists (looked for /nowhere/x.ttf)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_wider_than_the_line_is_refused()
    {
        using var flow = new FlowDocument(Fonts.Load("test", ("regular", Regular), ("bold", Bold)));

        Assert.Throws<ArgumentOutOfRangeException>(() => flow.BarChart(Rows, 300, 300));
    }
}
