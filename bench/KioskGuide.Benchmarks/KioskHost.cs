using System.Diagnostics;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KioskGuide.Benchmarks;

/// <summary>The real kiosk host in-process on a free loopback port, reading the given offers from a fresh SQLite store in a temp folder.</summary>
internal sealed class KioskHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private KioskHost(WebApplication app, string folder, Uri root)
    {
        _app = app;
        _folder = folder;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<KioskHost> StartAsync(IReadOnlyList<Offer> offers)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"kioskguide-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        WebApplication? app = null;
        try
        {
            var fill = Stopwatch.StartNew();
            var store = new SqliteOfferStore(new SqliteDatabase(Path.Combine(folder, "kiosk.db")), NullLogger<SqliteOfferStore>.Instance);
            await store.InitializeAsync();
            await store.UpsertAsync(offers);
            Report.Line($"SQLite store filled with {offers.Count:N0} offers: {Report.Ms1(fill.Elapsed.TotalMilliseconds)} ms");

            var start = Stopwatch.StartNew();
            app = KioskApp.Build(
            [
                "--Kiosk:Port=0",
                $"--Kiosk:DataDirectory={folder}",
                "--Kiosk:ContentSource=Store",
                "--environment=Production",
                // MapStaticAssets reads <application name>.staticwebassets.endpoints.json: the kiosk's, not this program's.
                "--applicationName=KioskGuide.Kiosk",
                "--Logging:LogLevel:Default=Warning",
            ]);
            await app.StartAsync();
            Report.Line($"Kiosk host started (store read, catalogue built): {Report.Ms1(start.Elapsed.TotalMilliseconds)} ms");

            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The kiosk host reports no address.");
            return new KioskHost(app, folder, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            DeleteFolder(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        DeleteFolder(_folder);
    }

    private static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools(); // release the database file first
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException ex)
        {
            Report.Line($"Note: could not delete {folder}: {ex.Message}");
        }
    }
}
