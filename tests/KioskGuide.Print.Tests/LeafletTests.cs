using System.Text;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Tests.Infrastructure;
using SkiaSharp;
using static KioskGuide.Print.Tests.Infrastructure.Printing;

namespace KioskGuide.Print.Tests;

/// <summary>Leaflets as a citizen gets them: QR codes that scan to the exact address, searchable Danish text, large print, nothing off the page.</summary>
public sealed class LeafletTests
{
    [Theory]
    [InlineData("Gå-gruppen fra Torvet", PaperSize.A5)]
    [InlineData("Gå-gruppen fra Torvet", PaperSize.A4)]
    [InlineData("Spisefællesskab for enlige over 60", PaperSize.A5)]
    public async Task Qr_code_scans_to_the_offers_exact_web_address(string name, PaperSize paper)
    {
        var offer = Demo(name);
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request(paper)), $"leaflet-{paper}-{offer.Id.ToString()[..8]}");

        var codes = await QrCodes.DecodeBothAsync(pdf, Path.ChangeExtension(pdf, null));

        Assert.Equal([offer.WebPage!.AbsoluteUri], codes);
    }

    [Fact]
    public async Task The_sunday_dinner_fits_one_a5_page_with_the_phone_large_and_a_qr_code_that_scans()
    {
        var offer = Demo("Søndagsmiddag for dig, der bor alene");
        var document = Composer().Leaflet(offer, Request(PaperSize.A5));
        var pdf = await WriteAsync(document, "leaflet-sunday-dinner");

        Assert.Equal(1, document.PageCount);
        var text = await Tools.TextAsync(pdf);
        foreach (var expected in new[] { "Næste gange:", "søndag 6. december", "Sådan kommer du med:", "Telefon: +45 72 49 53 32", "Hvor:", "Pris:" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The phone is set in the heading size, not as one more line of body text.
        var phone = document.Pages[0].Ops.OfType<TextOp>().First(op => op.Text.Contains("72 49 53 32", StringComparison.Ordinal));
        var body = document.Pages[0].Ops.OfType<TextOp>().First(op => op.Text.StartsWith("Hvor", StringComparison.Ordinal));
        Assert.True(phone.Size >= body.Size * 1.3f, $"phone {phone.Size} pt, body {body.Size} pt");
        Assert.Equal([offer.WebPage!.AbsoluteUri], await QrCodes.DecodeBothAsync(pdf, Path.ChangeExtension(pdf, null)));
    }

    [Fact]
    public async Task When_two_pages_are_needed_the_front_has_the_dates_the_way_to_join_and_the_phone()
    {
        var document = Composer().Leaflet(Lengthened(Demo("Søndagsmiddag for dig, der bor alene")), Request(PaperSize.A5));
        var pdf = await WriteAsync(document, "leaflet-sunday-dinner-long");

        Assert.Equal(2, document.PageCount);
        var front = await Tools.TextAsync(pdf, 1);
        Assert.Contains("Næste gange:", front, StringComparison.Ordinal);
        Assert.Contains("Sådan kommer du med:", front, StringComparison.Ordinal);
        Assert.Contains("Telefon: +45 72 49 53 32", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_has_begun_is_not_printed_as_coming()
    {
        // Sunday 6 December 2026 at 13:00: the dinner is going on, so the leaflet's dates start in January.
        var duringDinner = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 13, 0, 0, TimeSpan.FromHours(1)));
        var offer = Demo("Søndagsmiddag for dig, der bor alene");
        var pdf = await WriteAsync(Composer(duringDinner).Leaflet(offer, Request(PaperSize.A5)), "leaflet-during-dinner");

        var text = System.Text.RegularExpressions.Regex.Replace(await Tools.TextAsync(pdf), @"\s+", " ");
        Assert.Contains("Næste gange: søndag 3. januar 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("søndag 6. december", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_without_a_web_page_gets_a_tel_qr_code_for_its_phone()
    {
        var offer = Offers.First(o => o.WebPage is null && o.Contact.Phone is not null);
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request()), "leaflet-tel");

        var codes = await QrCodes.DecodeBothAsync(pdf, Path.ChangeExtension(pdf, null));

        var digits = new string(offer.Contact.Phone!.Where(char.IsAsciiDigit).ToArray());
        Assert.Equal([$"tel:+{(digits.Length == 8 ? "45" + digits : digits)}"], codes);
    }

    [Fact]
    public void A_description_of_15000_characters_still_prints_on_one_sheet()
    {
        // Within the profile (descriptions may be 20,000 characters), but a leaflet is one sheet: once it was 26 pages.
        string sentence = "Vi mødes i caféen og taler om alt mellem himmel og jord, og der er altid kaffe på kanden. ";
        var offer = Demo("Gå-gruppen fra Torvet") with
        {
            Description = string.Concat(Enumerable.Repeat(sentence, 15_000 / sentence.Length + 1))[..15_000],
            Summary = string.Concat(Enumerable.Repeat("Gåtur i godt selskab. ", 40)),
        };

        var document = Composer().Leaflet(offer, Request());
        Assert.InRange(document.PageCount, 1, 2);
    }

    [Fact]
    public void A_cut_text_ends_at_a_sentence_or_a_word_with_an_ellipsis()
    {
        Assert.Equal("Kort tekst.", KioskGuide.Print.Content.OfferFacts.Clip("Kort tekst.", 100));
        Assert.Equal("Første sætning er her. …", KioskGuide.Print.Content.OfferFacts.Clip("Første sætning er her. Anden sætning er meget længere end grænsen", 40));
        Assert.Equal("ord ord ord …", KioskGuide.Print.Content.OfferFacts.Clip("ord ord ord ordordordordord", 16));
    }

    [Fact]
    public async Task Text_layer_has_danish_letters_intact_and_every_fact()
    {
        // Long enough for front and back, so every field of the template is printed.
        var offer = Lengthened(Demo("Spisefællesskab for enlige over 60"));
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request()), "leaflet-text");

        var text = await Tools.TextAsync(pdf);

        foreach (var expected in new[] { "Spisefællesskab for enlige", "Hvornår:", "Næste gange:", "torsdag 26. november", "Hvor:", "Pris:",
                     "Sådan kommer du med:", "Telefon:", "+45 72 45 32 06", "Tilgængelighed:", "Arrangør:", "Ældrerådet", "Åbæk Bibliotek", "Lindehavens café", "6–8 andre" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pdf_has_title_author_language_and_the_web_address_as_a_link()
    {
        var offer = Demo("Gå-gruppen fra Torvet");
        var pdf = await WriteAsync(Composer().Leaflet(offer, Request()), "leaflet-metadata");

        var (_, info, infoError) = await Tools.RunAsync(Tools.Pdfinfo, pdf);
        var (_, urls, _) = await Tools.RunAsync(Tools.Pdfinfo, "-url", pdf);

        Assert.Equal("", infoError.Trim()); // poppler reads the language update without complaint
        Assert.Contains("Title:           Gå-gruppen fra Torvet", info, StringComparison.Ordinal);
        Assert.Contains("Author:          Åbæk Kommune", info, StringComparison.Ordinal);
        Assert.Contains("/Lang (da)", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf)), StringComparison.Ordinal);
        Assert.Contains(offer.WebPage!.AbsoluteUri, urls, StringComparison.Ordinal);
        Assert.Contains("pts (A5)", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fonts_are_embedded_with_only_the_glyphs_used_so_a_leaflet_stays_small()
    {
        var document = Composer().Leaflet(Demo("Spisefællesskab for enlige over 60"), Request());
        var pdf = await WriteAsync(document, "leaflet-fonts");

        var (_, fonts, _) = await Tools.RunAsync(Tools.Pdffonts, pdf);
        Assert.Matches(@"NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes", fonts);
        Assert.Matches(@"NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes", fonts);
        // The two whole faces alone would be about 500 KB.
        Assert.InRange(new FileInfo(pdf).Length, 10_000, 200_000);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@aabaek.dk/x")]
    public async Task An_unsafe_web_address_never_reaches_the_qr_code_or_a_link(string address)
    {
        var offer = Demo("Gå-gruppen fra Torvet") with { WebPage = new Uri(address) };
        var document = Composer().Leaflet(offer, Request());
        var pdf = await WriteAsync(document, "leaflet-unsafe");

        var codes = await QrCodes.DecodeBothAsync(pdf, Path.ChangeExtension(pdf, null));
        var (_, urls, _) = await Tools.RunAsync(Tools.Pdfinfo, "-url", pdf);

        Assert.Equal(["tel:+4572412235"], codes); // falls back to the phone
        Assert.All(document.Pages.SelectMany(p => p.Ops).OfType<LinkOp>(), link => Assert.StartsWith("tel:", link.Url, StringComparison.Ordinal));
        Assert.DoesNotContain("javascript", urls, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", urls, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", urls, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(PaperSize.A5)]
    [InlineData(PaperSize.A4)]
    public void Every_demo_leaflet_is_large_print_within_the_margins_on_at_most_two_pages(PaperSize paper)
    {
        var composer = Composer();
        var scale = paper == PaperSize.A4 ? Infrastructure.Printing.Templates.Get(KioskGuide.Print.Templates.TemplateKind.Leaflet).Template.ScaleOnA4 : 1f;
        foreach (var offer in Offers)
        {
            var document = composer.Leaflet(offer, Request(paper));
            Assert.InRange(document.PageCount, 1, 2);
            var texts = document.Pages.SelectMany(p => p.Ops).OfType<TextOp>().Where(t => t.Text.Trim('.').Length > 0).ToList();
            Assert.All(texts, t => Assert.True(t.Size >= 14 * scale - 0.01, $"'{t.Text}' in {offer.Name} is {t.Size / scale} pt"));
            Assert.Contains(texts, t => t.Size >= 20 * scale && t.Style == Fonts.FontStyle.Bold);

            // 8 mm is the narrowest margin the template allows for the printer's unprintable edge.
            var inside = SKRect.Create(0, 0, document.PageSize.Width, document.PageSize.Height);
            inside.Inflate(-Paper.Mm(8), -Paper.Mm(8));
            using var font = new SKFont(document.Fonts.Bold, 1);
            foreach (var t in texts)
            {
                font.Size = t.Size;
                font.Typeface = document.Fonts[t.Style];
                float right = t.X + font.MeasureText(t.Text);
                Assert.True(t.X >= inside.Left && right <= inside.Right + 0.5f && t.Baseline <= inside.Bottom && t.Baseline - t.Size >= inside.Top,
                    $"'{t.Text}' of {offer.Name} on {paper} runs outside the printable area ({t.X:0}–{right:0}, baseline {t.Baseline:0}).");
            }
        }
    }

    [Fact]
    public async Task Preview_png_is_drawn_from_the_same_pages_and_its_qr_code_scans_too()
    {
        var offer = Demo("Gå-gruppen fra Torvet");
        var document = Composer().Leaflet(offer, Request());
        var png = PngRenderer.Render(document, 0, 150);
        var path = Path.Combine(TestOutput.Folder("print/leaflets"), "preview-gaa-gruppen.png");
        await File.WriteAllBytesAsync(path, png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((int)Math.Ceiling(document.PageSize.Width * 150 / 72), bitmap.Width);
        Assert.Equal([offer.WebPage!.AbsoluteUri], await QrCodes.DecodePngsBothAsync(path));
    }

    [Fact]
    public void English_leaflet_has_english_labels_and_the_offers_english_name()
    {
        var offer = Demo("Gå-gruppen fra Torvet");
        var document = Composer().Leaflet(offer, Request(language: "en"));
        var text = string.Join(" ", document.Pages.SelectMany(p => p.Ops).OfType<TextOp>().Select(t => t.Text));

        Assert.Contains("Walking group from the Square", text, StringComparison.Ordinal);
        Assert.Contains("When:", text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 24 November", text, StringComparison.Ordinal);
        Assert.Equal("en", document.Info.Language);
    }

    private static async Task<string> WriteAsync(LaidOutDocument document, string name)
    {
        var folder = TestOutput.Folder("print/leaflets");
        foreach (var old in Directory.GetFiles(folder, name + "*"))
        {
            File.Delete(old);
        }
        var path = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, PdfRenderer.Render(document));
        return path;
    }
}
