using System.Diagnostics;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print;
using KioskGuide.Print.Cli;
using KioskGuide.Print.Content;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Rendering;
using KioskGuide.Print.Templates;

// kioskguide-print catalogue [--town T] [--target-group G] [--theme T] [--paper A4|A5] [--language da|en] [--out file.pdf] ...
// kioskguide-print leaflet --offer ID-OR-NAME [--paper A5|A4] [--language da|en] [--out file.pdf] [--png file.png]
string[] common = ["paper", "language", "out", "offers", "templates", "site", "municipality", "png", "png-dpi"];
try
{
    var command = args.FirstOrDefault();
    var options = CliArguments.Parse(args, command == "leaflet" ? [.. common, "offer"] : [.. common, "town", "target-group", "theme"]);
    var offers = options.Get("offers") is { } offersFile ? OfferJson.DeserializeList(File.ReadAllText(offersFile)) : DemoOffers.Load();
    var language = options.Get("language") ?? "da";
    if (language is not ("da" or "en"))
    {
        throw new UsageException($"--language must be da or en, not '{language}'.");
    }

    var request = new PrintRequest
    {
        Paper = options.Get("paper") is null ? null : options.Enum("paper", PaperSize.A4),
        Language = language,
        SiteName = options.Get("site") ?? "Åbæk Bibliotek",
        MunicipalityName = options.Get("municipality") ?? DemoOffers.MunicipalityName,
    };

    using var fonts = new FontCatalogue();
    using var templates = new TemplateStore(options.Get("templates") ?? Path.Combine(AppContext.BaseDirectory, "print-templates"), fonts);
    var composer = new PrintComposer(templates, TimeProvider.System);
    var clock = Stopwatch.StartNew();

    LaidOutDocument document;
    string defaultName;
    switch (options.Command)
    {
        case "catalogue":
            var selection = new CatalogueSelection { Town = options.Get("town"), TargetGroup = options.Get("target-group"), Theme = options.Get("theme") };
            if (selection.Problem() is { } problem)
            {
                throw new UsageException(problem);
            }
            document = composer.Catalogue(offers, selection, request);
            defaultName = "catalogue.pdf";
            break;
        case "leaflet":
            var key = options.Get("offer") ?? throw new UsageException("leaflet needs --offer with an offer's id or part of its name.");
            var offer = offers.FirstOrDefault(o => o.Id.ToString() == key)
                ?? offers.FirstOrDefault(o => o.Name.Contains(key, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"No offer has the id or a name containing '{key}'.");
            document = composer.Leaflet(offer, request);
            defaultName = "leaflet.pdf";
            break;
        default:
            throw new UsageException($"Unknown command '{options.Command}'. Commands: catalogue, leaflet.");
    }

    var pdf = PdfRenderer.Render(document);
    var output = Path.GetFullPath(options.Get("out") ?? defaultName);
    await File.WriteAllBytesAsync(output, pdf);
    Console.WriteLine($"Wrote {output}: {document.PageCount} page(s), {pdf.Length / 1024.0:0} KB, in {clock.ElapsedMilliseconds} ms.");

    if (options.Get("png") is { } png)
    {
        float dpi = float.TryParse(options.Get("png-dpi"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 110;
        for (int page = 0; page < document.PageCount; page++)
        {
            var path = document.PageCount == 1 ? png : Path.ChangeExtension(png, null) + $"-{page + 1}.png";
            await File.WriteAllBytesAsync(path, PngRenderer.Render(document, page, dpi));
            Console.WriteLine($"Wrote preview {Path.GetFullPath(path)}");
        }
    }
    return 0;
}
catch (UsageException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync("Usage: kioskguide-print catalogue [--town T] [--target-group CODE] [--theme CODE] [--paper A4|A5] [--language da|en] [--out FILE.pdf]");
    await Console.Error.WriteLineAsync("       kioskguide-print leaflet --offer ID-OR-NAME [--paper A5|A4] [--language da|en] [--out FILE.pdf] [--png FILE.png]");
    await Console.Error.WriteLineAsync("Both also take --offers FILE.json (default: the demo offers), --templates DIR, --site NAME, --municipality NAME.");
    return 2;
}
catch (TemplateException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
