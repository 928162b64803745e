using KioskGuide.Print.Fonts;
using KioskGuide.Print.Printing;
using KioskGuide.Print.Printing.Ipp;
using KioskGuide.Print.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Print;

public static class PrintServiceCollectionExtensions
{
    /// <summary>
    /// Leaflets, catalogues and the printer chosen in the "Print" configuration section.
    /// <paramref name="site"/> tells which kiosk prints and where its data folder is.
    /// </summary>
    public static IServiceCollection AddKioskPrinting(this IServiceCollection services, Func<IServiceProvider, PrintSite> site)
    {
        services.AddOptions<PrintOptions>()
            .BindConfiguration(PrintOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrintOptions>, PrintOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(site);

        services.AddSingleton<FontCatalogue>();
        services.AddSingleton(sp => new TemplateStore(Options(sp).ResolveTemplateDirectory(), sp.GetRequiredService<FontCatalogue>()));
        services.AddSingleton<PrintComposer>();
        services.AddSingleton(sp => new DailyPageCounter(
            Path.Combine(sp.GetRequiredService<PrintSite>().DataDirectory, "print-pages.json"),
            Options(sp).DailyPageCap, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DailyPageCounter>>()));
        services.AddSingleton<IPrinter>(CreatePrinter);
        services.AddSingleton<PrintService>();
        services.AddSingleton<LeafletService>();
        services.AddHostedService<PrintReadinessCheck>();
        return services;
    }

    private static IPrinter CreatePrinter(IServiceProvider sp)
    {
        var options = Options(sp);
        return options.Printer switch
        {
            PrinterKind.Ipp => new IppPrinter(options.PrinterUri!, sp.GetRequiredService<ILogger<IppPrinter>>()),
            PrinterKind.Cups => new CupsPrinter(options.Queue!, options.LpCommand, options.LpstatCommand, sp.GetRequiredService<ILogger<CupsPrinter>>()),
            _ => new FolderPrinter(
                string.IsNullOrWhiteSpace(options.Folder) ? Path.Combine(sp.GetRequiredService<PrintSite>().DataDirectory, "printed") : options.Folder,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FolderPrinter>>()),
        };
    }

    private static PrintOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<PrintOptions>>().Value;
}

/// <summary>
/// Loads the leaflet template and its fonts at start, so a broken template is in the log at once rather
/// than at the first citizen's tap. It does not stop the kiosk: browsing works without printing.
/// </summary>
internal sealed class PrintReadinessCheck(TemplateStore templates, IPrinter printer, IOptions<PrintOptions> options, ILogger<PrintReadinessCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            templates.Get(TemplateKind.Leaflet, options.Value.LogoFile);
            logger.LogInformation("Printing ready: {Printer}, {Paper}, at most {Cap} pages a day, templates in {Templates}.",
                printer.Description, options.Value.Paper, options.Value.DailyPageCap, templates.Directory);
        }
        catch (TemplateException ex)
        {
            logger.LogError("Printing is not available until this is fixed: {Reason}", ex.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
