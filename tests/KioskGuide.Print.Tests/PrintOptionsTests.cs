using KioskGuide.Print.Printing;
using KioskGuide.Print.Printing.Ipp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KioskGuide.Print.Tests;

/// <summary>The "Print" section: a bad value stops the kiosk at start with a message naming the setting; good values pick the printer.</summary>
public sealed class PrintOptionsTests
{
    [Theory]
    [InlineData("Ipp", "PrinterUri", "", "Print:PrinterUri")]
    [InlineData("Ipp", "PrinterUri", "javascript:alert(1)", "Print:PrinterUri")]
    [InlineData("Cups", "Queue", "kiosk; rm -rf /", "Print:Queue")]
    [InlineData("Folder", "TimeoutSeconds", "30", "Print:TimeoutSeconds")]
    [InlineData("Folder", "DailyPageCap", "0", "DailyPageCap")]
    [InlineData("Folder", "TemplateDirectory", "/nowhere", "Print:TemplateDirectory")]
    public void Bad_settings_are_named(string printer, string key, string value, string named)
    {
        using var provider = Provider(new() { ["Print:Printer"] = printer, [$"Print:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PrintOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_a_folder_in_the_kiosks_data_folder_with_200_pages_a_day()
    {
        using var provider = Provider([]);

        var printer = Assert.IsType<FolderPrinter>(provider.GetRequiredService<IPrinter>());
        Assert.Equal(Path.Combine("/tmp/kiosk-data", "printed"), printer.Folder);
        Assert.Equal(200, provider.GetRequiredService<DailyPageCounter>().Cap);
        Assert.Equal(PaperSize.A5, provider.GetRequiredService<IOptions<PrintOptions>>().Value.Paper);
        Assert.Single(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void Ipp_and_cups_settings_choose_those_printers()
    {
        using var ipp = Provider(new() { ["Print:Printer"] = "Ipp", ["Print:PrinterUri"] = "ipp://192.168.1.50/ipp/print", ["Print:Paper"] = "A4" });
        Assert.Equal("IPP printer http://192.168.1.50:631/ipp/print", Assert.IsType<IppPrinter>(ipp.GetRequiredService<IPrinter>()).Description);

        using var cups = Provider(new() { ["Print:Printer"] = "Cups", ["Print:Queue"] = "kiosk" });
        Assert.IsType<CupsPrinter>(cups.GetRequiredService<IPrinter>());
    }

    [Theory]
    [InlineData("demo", typeof(FolderPrinter))]
    [InlineData("kildevang-sundhedshus", typeof(IppPrinter))]
    public void Shipped_site_configurations_have_valid_print_sections(string site, Type printer)
    {
        var file = Path.Combine(TestOutput.RepositoryRoot, "kiosk-config", site, "kiosk.json");
        using var provider = ProviderFor(new ConfigurationBuilder().AddJsonFile(file).Build());
        Assert.IsType(printer, provider.GetRequiredService<IPrinter>());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        ProviderFor(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static ServiceProvider ProviderFor(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddKioskPrinting(_ => new PrintSite("Åbæk Bibliotek", "Åbæk Kommune", "/tmp/kiosk-data"));
        return services.BuildServiceProvider();
    }
}
