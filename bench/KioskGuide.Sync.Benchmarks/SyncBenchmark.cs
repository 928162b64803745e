using KioskGuide.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KioskGuide.Sync.Engine;

namespace KioskGuide.Sync.Benchmarks;

/// <summary>
/// scripts/bench-sync.sh: prints sync figures over 10,000 offers. Server and kiosk share this 2-core
/// machine and talk over loopback; bytes are counted on the kiosk's sockets (headers and gzip bodies, both ways).
/// Never fails on a figure, only on an error.
/// </summary>
internal static class SyncBenchmark
{
    private const int Offers = 10_000;
    private const int ChangedPercent = 1;

    public static async Task<int> Main()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-bench-sync", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await RunAsync(folder);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAsync(string folder)
    {
        Console.WriteLine($"KioskGuide sync benchmark: {Offers:N0} offers, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var offers = OfferFactory.Create(Offers);
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        var watch = Stopwatch.StartNew();
        var report = await server.PublishAsync(offers);
        Console.WriteLine($"central import of {report.Accepted:N0} offers (validate, store, number): {watch.Elapsed.TotalSeconds:0.00} s");

        await using var kiosk = new BenchKiosk(server.BaseUri, folder);
        await kiosk.InitializeAsync();

        // Full sync: from nothing to a catalogue of 10,000 offers.
        var (full, fullTime, fullBytes, _) = await Measure(kiosk, () => kiosk.SyncAsync());
        Check(full.Result == SyncResult.CaughtUp && kiosk.Catalogue.Offers.Count == Offers, $"full sync ended {full.Result} with {kiosk.Catalogue.Offers.Count} offers");
        Console.WriteLine($"full sync:        {fullTime.TotalSeconds,7:0.00} s  {Kb(fullBytes),10} KB  ({full.PagesApplied} pages; includes validation, SQLite and the catalogue build)");

        // Incremental: 1 % of the offers renamed centrally.
        int changes = Offers * ChangedPercent / 100;
        var changed = offers.Select((o, i) => i % (100 / ChangedPercent) == 0 ? o with { Name = o.Name + " – ændret" } : o).ToList();
        var republish = await server.PublishAsync(changed);
        Check(republish.Written!.Changed == changes, $"{republish.Written.Changed} changed centrally");
        var (incremental, incrementalTime, incrementalBytes, _) = await Measure(kiosk, () => kiosk.SyncAsync());
        Check(incremental.Result == SyncResult.CaughtUp && incremental.OffersChanged == changes, $"incremental sync changed {incremental.OffersChanged}");
        double share = 100.0 * incrementalBytes / fullBytes;
        Console.WriteLine($"incremental ({ChangedPercent} %): {incrementalTime.TotalSeconds,7:0.00} s  {Kb(incrementalBytes),10} KB  = {share:0.00} % of the full sync's bytes (target ≤ 2 %) {(share <= 2 ? "OK" : "MISSED")}");

        // Idle poll: nothing changed.
        var (idle, idleTime, idleBytes, statuses) = await Measure(kiosk, () => kiosk.SyncAsync());
        bool one304 = statuses is [HttpStatusCode.NotModified];
        Console.WriteLine($"idle poll:        {idleTime.TotalMilliseconds,7:0.0} ms {idleBytes,10} B   responses: {string.Join(", ", statuses.Select(s => (int)s))} (target one 304 under 1 KB) {(one304 && idleBytes < 1024 && idle.Result == SyncResult.CaughtUp ? "OK" : "MISSED")}");

        // The central server under load: the request every idle kiosk makes.
        using var http = new HttpClient();
        var first = await http.GetFromJsonAsync<JsonObject>(new Uri(server.BaseUri, "feeds/services"));
        var lastPage = await LastPageAsync(http, server.BaseUri);
        foreach (var (label, url) in new[] { ("idle poll (last page)", lastPage), ("full 500-item page", new Uri(server.BaseUri, "feeds/services")) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var probe = await http.SendAsync(request);
            var etag = probe.Headers.ETag!.Tag;
            long bodyBytes = (await probe.Content.ReadAsByteArrayAsync()).Length;
            var (rps, latency, summary) = await LoadTool.RunAsync(url, etag, seconds: 8, connections: 32);
            Console.WriteLine($"server, conditional GET (304), {label}, {Kb(bodyBytes)} KB gzip when sent: {rps.ToString("N0", CultureInfo.InvariantCulture)} requests/s ({latency}; wrk -t2 -c32 -d8s on loopback, same 2 cores; {summary})");
        }

        Check(first is not null, "the first page answered");
    }

    private static async Task<(SyncOutcome Outcome, TimeSpan Time, long Bytes, List<HttpStatusCode> Statuses)> Measure(BenchKiosk kiosk, Func<Task<SyncOutcome>> run)
    {
        long before = kiosk.Wire.BytesReceived + kiosk.Wire.BytesSent;
        kiosk.Statuses.Clear();
        var watch = Stopwatch.StartNew();
        var outcome = await run();
        watch.Stop();
        return (outcome, watch.Elapsed, kiosk.Wire.BytesReceived + kiosk.Wire.BytesSent - before, [.. kiosk.Statuses]);
    }

    private static async Task<Uri> LastPageAsync(HttpClient http, Uri root)
    {
        var url = new Uri(root, "feeds/services");
        while (true)
        {
            var page = (await http.GetFromJsonAsync<JsonObject>(url))!;
            var next = new Uri(page["next"]!.GetValue<string>());
            if (page["items"]!.AsArray().Count == 0)
            {
                return next;
            }

            url = next;
        }
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture);

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup went wrong: " + what);
        }
    }
}
