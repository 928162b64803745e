using KioskGuide.Central;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Import;
using KioskGuide.Domain.Offers;
using KioskGuide.Feed.Mapping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KioskGuide.Testing;

/// <summary>
/// The real central server (CentralApp, as the process builds it) in-process on a free loopback port, with its own
/// throw-away databases and optionally a test clock. For a server that must be SIGKILLed use <see cref="CentralServerProcess"/>.
/// </summary>
public sealed class InProcessCentral : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessCentral(WebApplication app, Uri baseUri, string folder)
    {
        _app = app;
        BaseUri = baseUri;
        Folder = folder;
        Http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    /// <summary>The folder with this server's databases; deleted on dispose.</summary>
    public string Folder { get; }

    /// <summary>No automatic decompression, so tests see the bytes and headers the server sent.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public IFeedStore Store => _app.Services.GetRequiredService<IFeedStore>();

    /// <param name="clock">Replaces the server's TimeProvider.</param>
    /// <param name="settings">More --Key=value settings; later ones win.</param>
    public static async Task<InProcessCentral> StartAsync(TimeProvider? clock = null, params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-central", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string[] args =
        [
            "--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}",
            "--Feed:VisibilityDelaySeconds=0", "--Logging:LogLevel:Default=Warning", .. settings,
        ];
        var app = CentralApp.Build(args, services =>
        {
            if (clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessCentral(app, new Uri(address + "/"), folder);
    }

    /// <summary>Makes <paramref name="offers"/> the whole content, through the import command's code path.</summary>
    public async Task<ImportReport> PublishAsync(IEnumerable<Offer> offers)
    {
        var importer = new ContentImporter(Store);
        return await importer.ImportAsync(offers.Select(o => new ImportCandidate(o.Name, OfferToHsds.Write(o), o.Id.ToString())), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the OS's temp cleaning takes it later.
        }
    }
}
