using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Content;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using KioskGuide.Sync.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>
/// The kiosk's sync wired as in the kiosk host (AddKioskFeedSync: the real store, catalogue provider and
/// reloader), without the web UI; a test runs sync once at a time and looks at the catalogue and the logs.
/// </summary>
public sealed class SyncRig : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider _clock;
    private ServiceProvider _services;

    private SyncRig(Uri root, Dictionary<string, string?> settings, TimeProvider clock)
    {
        Folder = Path.Combine(Path.GetTempPath(), "kioskguide-sync-tests", Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(Folder, "kiosk.db"));
        _settings = new Dictionary<string, string?>
        {
            ["Sync:Enabled"] = "true",
            ["Sync:FeedRoot"] = root.ToString(),
            ["Sync:RequestTimeoutSeconds"] = "10",
            ["Sync:RetryInitialSeconds"] = "1",
            ["Sync:RetryMaxSeconds"] = "4",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        _clock = clock;
        _services = Build();
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    public LogCapture Logs { get; } = new();

    public SqliteOfferStore Store => _services.GetRequiredService<SqliteOfferStore>();

    public IServiceProvider Services => _services;

    /// <summary>What the kiosk's screens would take when they open.</summary>
    public OfferCatalogue Catalogue => _services.GetRequiredService<CatalogueProvider>().Current;

    public SyncOptions Options => _services.GetRequiredService<IOptions<SyncOptions>>().Value;

    public static async Task<SyncRig> StartAsync(Uri root, Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var rig = new SyncRig(root, settings ?? [], clock ?? TimeProvider.System);
        await rig.Store.InitializeAsync();
        return rig;
    }

    public Task<SyncOutcome> RunAsync() => _services.GetRequiredService<SyncRun>().RunAsync(CancellationToken.None);

    /// <summary>Runs until caught up (at most <paramref name="runs"/> times).</summary>
    public async Task<SyncOutcome> RunUntilCaughtUpAsync(int runs = 5)
    {
        SyncOutcome outcome;
        do
        {
            outcome = await RunAsync();
        }
        while (outcome.Result != SyncResult.CaughtUp && --runs > 0);
        return outcome;
    }

    public Offer? Offer(Guid id) => Catalogue.Offers.FirstOrDefault(o => o.Id == id);

    public async Task<string?> MetaAsync(string key) => await Store.GetMetaAsync(key);

    /// <summary>Like a kiosk restart: new services (sync checks the feed's root again), same store, maybe new settings.</summary>
    public async Task RestartAsync(Dictionary<string, string?>? changedSettings = null)
    {
        foreach (var (key, value) in changedSettings ?? [])
        {
            _settings[key] = value;
        }

        await _services.DisposeAsync();
        _services = Build();
        await _services.GetRequiredService<ISyncListener>().StoreChangedAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddSingleton(_clock);
        services.AddSingleton(Database);
        services.AddSingleton<SqliteOfferStore>();
        services.AddSingleton<CatalogueProvider>();
        services.AddKioskFeedSync();
        services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>(); // The test runs sync itself.
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
