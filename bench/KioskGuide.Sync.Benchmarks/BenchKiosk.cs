using System.Net;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Sync.Benchmarks;

/// <summary>
/// A kiosk's sync as registered in the kiosk host (AddKioskSync, the SQLite store), plus what it
/// counts: bytes on the wire and the status of every response. After a change it builds the catalogue,
/// as the kiosk does, so sync times include that.
/// </summary>
internal sealed class BenchKiosk : IAsyncDisposable, ISyncListener
{
    private readonly ServiceProvider _services;

    public BenchKiosk(Uri root, string folder)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sync:Enabled"] = "true",
            ["Sync:FeedRoot"] = root.ToString(),
        }).Build());
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        services.AddSingleton(new SqliteDatabase(Path.Combine(folder, "kiosk.db")));
        services.AddSingleton<SqliteOfferStore>();
        services.AddSingleton<ISyncListener>(this);
        services.AddKioskSync();
        services.AddHttpClient(SyncHttp.ClientName).AddHttpMessageHandler(() => new StatusRecorder(Statuses));
        services.RemoveAll<IHostedService>();
        _services = services.BuildServiceProvider();
    }

    public List<HttpStatusCode> Statuses { get; } = [];

    public WireCounter Wire => _services.GetRequiredService<WireCounter>();

    public OfferCatalogue Catalogue { get; private set; } = OfferCatalogue.Empty;

    public Task InitializeAsync() => _services.GetRequiredService<SqliteOfferStore>().InitializeAsync();

    public Task<SyncOutcome> SyncAsync() => _services.GetRequiredService<SyncRun>().RunAsync(CancellationToken.None);

    public async Task StoreChangedAsync(CancellationToken cancellationToken)
    {
        var offers = await _services.GetRequiredService<SqliteOfferStore>().LoadAllAsync(cancellationToken);
        Catalogue = await Task.Run(() => new OfferCatalogue(offers, KioskTimeZone.Copenhagen), cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private sealed class StatusRecorder(List<HttpStatusCode> statuses) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }

            return response;
        }
    }
}
