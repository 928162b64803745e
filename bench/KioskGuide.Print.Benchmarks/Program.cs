using System.Diagnostics;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print;
using KioskGuide.Print.Content;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Templates;

// Prints KioskGuide's printing figures. Plain Stopwatch timing over many runs after a warm-up:
// the questions are "what does a citizen wait" and "how big is the file", not nanoseconds.
const int Runs = 200;
var offers = DemoOffers.Load();
using var fonts = new FontCatalogue();
using var templates = new TemplateStore(Path.Combine(AppContext.BaseDirectory, "print-templates"), fonts);
var composer = new PrintComposer(templates, TimeProvider.System);
PrintRequest Request(PaperSize paper, string language = "da") => new() { Paper = paper, Language = language, SiteName = "Åbæk Bibliotek", MunicipalityName = DemoOffers.MunicipalityName };

Console.WriteLine($"KioskGuide printing benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Runs} runs per figure over the {offers.Count} demo offers");
for (int i = 0; i < 30; i++)
{
    PdfRenderer.Render(composer.Leaflet(offers[i % offers.Count], Request(PaperSize.A5))); // warm-up: JIT, fonts, templates
}

foreach (var paper in new[] { PaperSize.A5, PaperSize.A4 })
{
    var pdfTimes = Time(i => PdfRenderer.Render(composer.Leaflet(offers[i % offers.Count], Request(paper))));
    Console.WriteLine($"Leaflet PDF ({paper}, layout + PDF):   {Describe(pdfTimes)}   target p95 <= 150 ms: {(Percentile(pdfTimes, 95) <= 150 ? "met" : "MISSED")}");
}

// Every kiosk language, shaping included: Arabic through HarfBuzz and the bidi algorithm, right to left.
// The offers with an Arabic or Ukrainian translation first, so those languages print their own words, not only labels.
foreach (var language in PrintLanguages.All)
{
    var translated = offers.Where(o => language is "da" || o.Translations.ContainsKey(language)).ToList();
    var times = Time(i => PdfRenderer.Render(composer.Leaflet(translated[i % translated.Count], Request(PaperSize.A5, language))));
    var sizes = translated.Select(o => PdfRenderer.Render(composer.Leaflet(o, Request(PaperSize.A5, language))).Length).ToList();
    Console.WriteLine($"Leaflet PDF (A5, {language}, {translated.Count} offers): {Describe(times)}   target p95 <= 150 ms: {(Percentile(times, 95) <= 150 ? "met" : "MISSED")}   median {Kb(sizes.Order().ElementAt(sizes.Count / 2))}");
}

var previewTimes = Time(i =>
{
    var document = composer.Leaflet(offers[i % offers.Count], Request(PaperSize.A5));
    float dpi = 1000 / document.PageSize.Height * 72f; // as the kiosk's preview: about 1,000 px tall
    for (int page = 0; page < document.PageCount; page++)
    {
        PngRenderer.Render(document, page, dpi);
    }
});
Console.WriteLine($"Leaflet preview (A5, layout + PNG):  {Describe(previewTimes)}");

var onePage = offers.Select(o => composer.Leaflet(o, Request(PaperSize.A5))).ToList();
var a5Sizes = onePage.Select(d => PdfRenderer.Render(d).Length).ToList();
Console.WriteLine($"Leaflet A5 pages: {onePage.Count(d => d.PageCount == 1)} of {offers.Count} on one page, the rest front and back");
Console.WriteLine($"Leaflet PDF size (A5): min {Kb(a5Sizes.Min())}, median {Kb(a5Sizes.Order().ElementAt(a5Sizes.Count / 2))}, max {Kb(a5Sizes.Max())}");
var previewPng = PngRenderer.Render(onePage[0], 0, 1000 / onePage[0].PageSize.Height * 72f);
Console.WriteLine($"Leaflet preview PNG: {Kb(previewPng.Length)} ({Kb(previewPng.Length * 4 / 3)} as the data URI the kiosk sends)");

// What the fonts cost: Skia alone embeds each face whole (this SkiaSharp build has no subsetter), which is
// the font file deflated; HarfBuzz's subsetter (hb-subset) keeps only the glyphs a document draws. A leaflet with 5
// letters and one with 110 different letters show what each glyph adds.
var leaflet = templates.Get(TemplateKind.Leaflet).Template;
var fontFiles = leaflet.Fonts.Regular.Take(1).Concat(leaflet.Fonts.Bold.Take(1)).Where(File.Exists).ToList();
long whole = fontFiles.Sum(f => Deflated(File.ReadAllBytes(f)));
int few = SizeOf("Gåtur"), many = SizeOf(string.Concat(Enumerable.Range(0x20, 0x5F).Select(c => (char)c)) + "æøåÆØÅéüöä–·…");
Console.WriteLine($"Fonts: {string.Join(" + ", fontFiles.Select(Path.GetFileName))} are {Kb(fontFiles.Sum(f => new FileInfo(f).Length))}; embedded whole " +
    $"(Skia's own way) they would cost {Kb(whole)} per PDF. Subset by hb-subset: a one-page PDF with 5 letters is {Kb(few)}, with 110 different letters {Kb(many)}.");

var catalogue = composer.Catalogue(offers, CatalogueSelection.All, Request(PaperSize.A4));
var cataloguePdf = PdfRenderer.Render(catalogue);
Console.WriteLine($"Catalogue of the {offers.Count} demo offers (A4): {catalogue.PageCount} pages, {Kb(cataloguePdf.Length)}");

var thousand = Enumerable.Range(0, 1000).Select(i =>
{
    var o = offers[i % offers.Count];
    return o with { Id = Guid.NewGuid(), Name = $"{o.Name} {i + 1}", WebPage = o.WebPage is null ? null : new Uri($"{o.WebPage.AbsoluteUri}-{i + 1}") };
}).ToList();
foreach (var (paper, language) in new[] { (PaperSize.A4, "da"), (PaperSize.A5, "da"), (PaperSize.A4, "ar"), (PaperSize.A4, "uk") })
{
    var clock = Stopwatch.StartNew();
    var big = composer.Catalogue(thousand, CatalogueSelection.All, Request(paper, language));
    var bigPdf = PdfRenderer.Render(big);
    clock.Stop();
    Console.WriteLine($"Catalogue of 1,000 offers ({paper}, {language}): {clock.Elapsed.TotalSeconds:0.00} s (target < 10 s: {(clock.Elapsed.TotalSeconds < 10 ? "met" : "MISSED")}), {big.PageCount} pages, {Kb(bigPdf.Length)}");
}
return 0;

int SizeOf(string text)
{
    var offer = offers[0] with { Name = text, Summary = text, Description = "", Schedules = [], Locations = [] , WebPage = null, Contact = new Contact() };
    return PdfRenderer.Render(composer.Leaflet(offer, Request(PaperSize.A5))).Length;
}

static List<double> Time(Action<int> action)
{
    var times = new List<double>(Runs);
    for (int i = 0; i < Runs; i++)
    {
        var clock = Stopwatch.StartNew();
        action(i);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    return times;
}

static double Percentile(List<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}

static string Describe(List<double> times) =>
    $"p50 {Percentile(times, 50),6:0.0} ms   p95 {Percentile(times, 95),6:0.0} ms   max {times.Max(),6:0.0} ms";

static string Kb(long bytes) => $"{bytes / 1024.0:0} KB";

static long Deflated(byte[] bytes)
{
    using var output = new MemoryStream();
    using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
    {
        zlib.Write(bytes);
    }
    return output.Length;
}
