using KioskGuide.Kiosk.Components.Offers;
using KioskGuide.Print;
using KioskGuide.Print.Printing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Kiosk.Tests;

public sealed class OfferDetailTests : KioskComponentTest
{
    private readonly KioskGuide.Domain.Offers.Offer _walk = TestOffers.Make("Gåtur ved fjorden", day: DayOfWeek.Tuesday, free: false);

    public OfferDetailTests() => UseOffers(_walk);

    private IRenderedComponent<OfferDetail> RenderDetail(string language = "da")
    {
        if (Session.Language != language)
        {
            Session.SwitchLanguage();
        }

        return Render<OfferDetail>(p => p.Add(d => d.Id, _walk.Id).AddCascadingValue("Language", language));
    }

    [Fact]
    public void Shows_name_next_three_dates_place_price_phone_and_how_to_join()
    {
        var screen = RenderDetail();
        Assert.Equal("Gåtur ved fjorden", screen.Find("h1").TextContent);
        var dates = screen.FindAll("[data-testid='next-dates'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, dates.Count);
        Assert.StartsWith("I morgen, tirsdag 24. november, kl. 10.00", dates[0].Trim(), StringComparison.Ordinal);   // Monday now → Tuesday
        Assert.Contains("Torvet 1", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Bus 210 til Torvet", screen.Markup, StringComparison.Ordinal);
        Assert.Equal("40 kr.", screen.Find("[data-testid='price']").TextContent);
        Assert.Contains("+45 72 10 20 30", screen.Find("[data-testid='phone']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mød bare op", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Teleslynge", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_shows_the_leaflet_preview_then_prints_it_and_says_where_to_take_it()
    {
        var folder = UsePrintFolder();
        var screen = RenderDetail();
        Assert.Empty(screen.FindAll("[data-testid='print-dialog']"));

        screen.Find("[data-testid='print']").Click();
        screen.WaitForElement("[data-testid='print-preview']", TimeSpan.FromSeconds(10));
        Assert.StartsWith("data:image/png;base64,", screen.Find("[data-testid='print-preview']").GetAttribute("src"), StringComparison.Ordinal);
        Assert.Empty(PrintedPdfs(folder)); // the printer's state was asked (the folder printer makes its folder), nothing printed

        screen.Find("[data-testid='print-confirm']").Click();
        var result = screen.WaitForElement("[data-testid='print-result']", TimeSpan.FromSeconds(10));
        Assert.Equal("Printed", result.GetAttribute("data-outcome"));
        // All a printer says is that it took the job: the message claims no more.
        Assert.Equal("Printeren har fået folderen — den kommer ud om lidt.", result.TextContent);
        Assert.Empty(screen.FindAll("[data-testid='print-retry']"));
        Assert.EndsWith(".pdf", Assert.Single(Directory.GetFiles(Path.Combine(folder, "printed"))), StringComparison.Ordinal);

        screen.Find("[data-testid='print-close']").Click();
        screen.WaitForAssertion(() => Assert.Empty(screen.FindAll("[data-testid='print-dialog']")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Cancel_closes_the_preview_without_printing()
    {
        var folder = UsePrintFolder();
        var screen = RenderDetail("en");

        screen.Find("[data-testid='print']").Click();
        screen.WaitForElement("[data-testid='print-preview']", TimeSpan.FromSeconds(10));
        Assert.Equal("Cancel", screen.Find("[data-testid='print-cancel']").TextContent.Trim());
        screen.Find("[data-testid='print-cancel']").Click();

        screen.WaitForAssertion(() => Assert.Empty(screen.FindAll("[data-testid='print-dialog']")), TimeSpan.FromSeconds(5));
        Assert.Empty(PrintedPdfs(folder)); // the printer's state was asked (the folder printer makes its folder), nothing printed
    }

    [Theory]
    [InlineData(PrinterStatus.Offline, "PrinterOffline", "svarer ikke")]
    [InlineData(PrinterStatus.MediaEmpty, "OutOfPaper", "mangler papir")]
    public void A_printer_known_to_be_down_is_said_before_any_preview_with_the_phone_number_large(PrinterStatus status, string outcome, string words)
    {
        var printer = UseScriptedPrinter();
        printer.Status = status;
        var screen = RenderDetail();

        screen.Find("[data-testid='print']").Click();
        var result = screen.WaitForElement("[data-testid='print-result']", TimeSpan.FromSeconds(10));
        Assert.Equal(outcome, result.GetAttribute("data-outcome"));
        Assert.Equal("true", result.GetAttribute("data-before-preview"));
        Assert.Contains(words, result.TextContent, StringComparison.Ordinal);
        Assert.Empty(screen.FindAll("[data-testid='print-preview']"));
        Assert.Empty(screen.FindAll("[data-testid='print-confirm']"));
        Assert.Contains("+45 72 10 20 30", screen.Find("[data-testid='print-phone'] strong").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, printer.Submitted);
    }

    [Fact]
    public void A_failed_print_says_why_shows_the_phone_and_try_again_prints_once_more()
    {
        var printer = UseScriptedPrinter();
        var screen = RenderDetail();
        screen.Find("[data-testid='print']").Click();
        screen.WaitForElement("[data-testid='print-preview']", TimeSpan.FromSeconds(10));

        // Paper runs out between the check and the print: the job is refused.
        printer.Next = new PrintResult(PrintOutcome.OutOfPaper, "media-empty");
        screen.Find("[data-testid='print-confirm']").Click();
        var result = screen.WaitForElement("[data-testid='print-result']", TimeSpan.FromSeconds(10));
        Assert.Equal("OutOfPaper", result.GetAttribute("data-outcome"));
        Assert.Equal("false", result.GetAttribute("data-before-preview"));
        Assert.Contains("+45 72 10 20 30", screen.Find("[data-testid='print-phone']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Prøv igen", screen.Find("[data-testid='print-retry']").TextContent.Trim());

        // Staff add paper; "Prøv igen" prints the same leaflet without a new preview.
        printer.Next = new PrintResult(PrintOutcome.Printed, "ok");
        screen.Find("[data-testid='print-retry']").Click();
        screen.WaitForAssertion(() => Assert.Equal("Printed", screen.Find("[data-testid='print-result']").GetAttribute("data-outcome")), TimeSpan.FromSeconds(10));
        Assert.Equal(2, printer.Submitted);
        Assert.Empty(screen.FindAll("[data-testid='print-retry']"));
        Assert.Empty(screen.FindAll("[data-testid='print-phone']"));
    }

    private static string[] PrintedPdfs(string folder) =>
        Directory.Exists(Path.Combine(folder, "printed")) ? Directory.GetFiles(Path.Combine(folder, "printed"), "*.pdf") : [];

    /// <summary>The kiosk's printing with a printer whose state and answer the test sets.</summary>
    private ScriptedPrinter UseScriptedPrinter()
    {
        UsePrintFolder();
        var printer = new ScriptedPrinter();
        Services.AddSingleton<IPrinter>(printer);
        return printer;
    }

    private sealed class ScriptedPrinter : IPrinter
    {
        public PrinterStatus Status { get; set; } = PrinterStatus.Idle;

        public PrintResult Next { get; set; } = new(PrintOutcome.Printed, "ok");

        public int Submitted { get; private set; }

        public string Description => "scripted printer";

        public Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken) => Task.FromResult(Status);

        public Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken)
        {
            Submitted++;
            return Task.FromResult(Next);
        }
    }

    /// <summary>Printing as the kiosk has it by default: PDFs into a folder, here a fresh temporary one.</summary>
    private string UsePrintFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-detail-print", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Services.AddLogging();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Print:Folder"] = Path.Combine(folder, "printed") }).Build());
        Services.AddKioskPrinting(_ => new PrintSite("Åbæk Bibliotek", "Åbæk Kommune", folder));
        return folder;
    }

    [Fact]
    public void Danish_only_texts_are_marked_danish_inside_an_english_screen()
    {
        var screen = RenderDetail("en");
        Assert.Equal("da", screen.Find("h1").GetAttribute("lang"));
        Assert.Contains("Just show up", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_offer_says_it_is_gone_instead_of_a_blank_screen()
    {
        var screen = Render<OfferDetail>(p => p.Add(d => d.Id, Guid.NewGuid()).AddCascadingValue("Language", "da"));
        Assert.Contains("findes ikke længere", screen.Markup, StringComparison.Ordinal);
    }
}
