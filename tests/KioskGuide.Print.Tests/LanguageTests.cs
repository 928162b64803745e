using System.Text.RegularExpressions;
using KioskGuide.Print.Content;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Tests.Infrastructure;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>Leaflets in all four kiosk languages: Arabic shaped and right to left, every text searchable in reading order, QR codes read by both decoders.</summary>
public sealed partial class LanguageTests
{
    [Theory]
    [InlineData("da", "Sprogcaféen på Åbæk Bibliotek", "Pris", "Mød bare op.")]
    [InlineData("en", "Language café at Åbæk Library", "Cost", "Just show up.")]
    [InlineData("ar", "مقهى اللغة في المكتبة", "السعر", "تعال فقط.")]
    [InlineData("uk", "Мовне кафе в бібліотеці", "Ціна", "Просто приходьте.")]
    public async Task Leaflet_prints_in_the_language_with_its_text_searchable_in_reading_order(string language, string name, string costLabel, string join)
    {
        var offer = Demo("Sprogcaféen på Åbæk Bibliotek");
        var document = Composer().Leaflet(offer, Request(language: language));
        var pdf = await WriteAsync(document, $"leaflet-{language}");

        var text = Flat(await PlainTextAsync(pdf));
        Assert.Contains(Flat(name), text, StringComparison.Ordinal);
        Assert.Contains(costLabel, text, StringComparison.Ordinal);
        Assert.Contains(PrintText.HowToJoin.For(language), text, StringComparison.Ordinal);
        Assert.Contains(join, text, StringComparison.Ordinal);
        Assert.Contains("+45 72 45 40 25", text, StringComparison.Ordinal);
        Assert.Equal([offer.WebPage!.AbsoluteUri], await QrCodes.DecodeBothAsync(pdf, Path.ChangeExtension(pdf, null)));
    }

    [Fact]
    public async Task Arabic_comes_back_from_the_pdf_in_reading_order_with_its_ligatures_and_danish_names_intact()
    {
        var offer = Demo("Sprogcaféen på Åbæk Bibliotek");
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request(language: "ar")), "leaflet-ar-extract");

        var text = Flat(await PlainTextAsync(pdf));
        // Whole sentences in logical order; "على" and "الاثنين" hold lam ligatures, "تدرّب" a shadda: each came back reversed once.
        Assert.Contains("تدرّب على التحدث بالدنماركية مع كوب من الشاي.", text, StringComparison.Ordinal);
        Assert.Contains("كل يوم الاثنين", text, StringComparison.Ordinal);
        Assert.Contains("اعرف المزيد على الإنترنت", text, StringComparison.Ordinal);
        Assert.Contains("البريد الإلكتروني", text, StringComparison.Ordinal);
        // Danish place names and the phone in their own order inside the Arabic page.
        Assert.Contains("Åbæk Bibliotek, Bibliotekstorvet 2, 4790 Åbæk.", text, StringComparison.Ordinal);
        Assert.Contains("+45 72 45 40 25 (Karim", text, StringComparison.Ordinal);
        // Untranslated fields fall back to Danish, one by one: the Arabic name, the Danish directions.
        Assert.Contains("Bus 210 og 230 til Torvet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ukrainian_comes_back_from_the_pdf_as_written()
    {
        var offer = Demo("Sprogcaféen på Åbæk Bibliotek");
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request(language: "uk")), "leaflet-uk-extract");

        var text = Flat(await PlainTextAsync(pdf));
        Assert.Contains("Практикуйте данську мову за чашкою чаю.", text, StringComparison.Ordinal);
        Assert.Contains("Щотижня у понеділок, 16:00–18:00.", text, StringComparison.Ordinal);
        Assert.Contains("Скануйте код телефоном або введіть:", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "أنشطة ومجتمعات", "الأنشطة حسب المدينة")]
    [InlineData("uk", "Спільноти та пропозиції", "Пропозиції за містом")]
    [InlineData("en", "Communities and offers", "Offers by town")]
    public async Task Catalogue_prints_in_the_language_with_every_qr_code_readable(string language, string title, string index)
    {
        var selection = new CatalogueSelection { Town = "Kildevang" };
        var expected = selection.Apply(Offers).ToList();
        var pdf = await WriteAsync(Composer().Catalogue(Offers, selection, Request(PaperSize.A4, language)), $"catalogue-{language}");

        var text = Flat(await PlainTextAsync(pdf));
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(index, text, StringComparison.Ordinal);
        var codes = await QrCodes.DecodeBothAsync(pdf, Path.Combine(Path.GetDirectoryName(pdf)!, "qr"));
        Assert.Equal(expected.Select(o => KioskGuide.Print.Qr.PrintLinks.For(o)!.Url).Order(), codes.Order());
    }

    private static async Task<string> WriteAsync(LaidOutDocument document, string name)
    {
        var folder = TestOutput.FreshFolder($"print/languages/{name}");
        var pdf = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(pdf, PdfRenderer.Render(document));
        await Tools.PngAsync(pdf, Path.Combine(folder, "look"), 100);
        return pdf;
    }

    /// <summary>pdftotext in reading order (no -layout, which keeps columns but may split right-to-left lines).</summary>
    internal static async Task<string> PlainTextAsync(string pdf)
    {
        var (exit, output, error) = await Tools.RunAsync(Tools.Pdftotext, "-enc", "UTF-8", pdf, "-");
        Assert.True(exit == 0, $"pdftotext failed: {error}");
        return output;
    }

    /// <summary>One line of words, without the bidi marks pdftotext puts round right-to-left and embedded left-to-right text.</summary>
    internal static string Flat(string text) => Spaces().Replace(BidiMarks().Replace(text, ""), " ").Trim();

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex BidiMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
