using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;
using KioskGuide.Central;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Sync.Benchmarks;

/// <summary>The real central server (same code as the process) on a free loopback port with its own database.</summary>
internal sealed class BenchCentralServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchCentralServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<BenchCentralServer> StartAsync(string folder)
    {
        var app = CentralApp.Build(
        [
            "--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", "--Feed:SeedDemoContent=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchCentralServer(app, new Uri(address + "/"));
    }

    /// <summary>Imports the offers as the whole content (the import command's code path) and waits out the visibility delay.</summary>
    public async Task<ImportReport> PublishAsync(IEnumerable<Offer> offers)
    {
        var importer = new ContentImporter(_app.Services.GetRequiredService<IFeedStore>());
        var report = await importer.ImportAsync(offers.Select(o => new ImportCandidate(o.Name, OfferToHsds.Write(o), o.Id.ToString())), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        return report;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
