using Xunit;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;

namespace KioskGuide.Testing;

/// <summary>
/// The built central server as its own process (<c>dotnet KioskGuide.Central.dll</c>) on a free loopback port, with
/// its own throw-away databases; SIGKILL on dispose. Content changes go through its real import command, as
/// municipal staff would make them.
/// </summary>
public sealed partial class CentralServerProcess : IAsyncDisposable
{
    private readonly AppProcess _process;

    private CentralServerProcess(AppProcess process, Uri root, string folder)
    {
        _process = process;
        Root = root;
        Folder = folder;
    }

    public Uri Root { get; }

    public string Folder { get; }

    private string DatabaseArg => $"--Feed:DatabasePath={Path.Combine(Folder, "feed.db")}";

    public static async Task<CentralServerProcess> StartAsync(params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (process, ready) = await AppProcess.StartAsync(BuiltApps.CentralDll,
            ["--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}", .. settings],
            Ready());
        return new CentralServerProcess(process, new Uri(ready.Groups["url"].Value + "/"), folder);
    }

    /// <summary>Runs one of the server's commands (import, create-token, …) to its end.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => AppProcess.RunAsync(BuiltApps.CentralDll, args);

    /// <summary>Makes the central content exactly <paramref name="offers"/> via <c>import --folder</c>.</summary>
    public async Task ImportAsync(IEnumerable<Offer> offers)
    {
        var content = Path.Combine(Folder, "content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(content);
        foreach (var offer in offers)
        {
            await File.WriteAllTextAsync(Path.Combine(content, offer.Id + ".json"), OfferToHsds.Write(offer).ToJsonString(FeedJson.Options));
        }

        var (code, output) = await RunAsync(["import", "--folder", content, DatabaseArg]);
        Assert.True(code == 0, output);
    }

    /// <summary>Every live service as the kiosk would store it: id → the offer's canonical JSON.</summary>
    public async Task<Dictionary<Guid, string>> OffersAsync()
    {
        using var http = new HttpClient { BaseAddress = Root };
        var result = new Dictionary<Guid, string>();
        for (int page = 1; ; page++)
        {
            var body = (await http.GetFromJsonAsync<JsonObject>($"services?full=true&per_page=500&page={page}"))!;
            foreach (var service in body["contents"]!.AsArray())
            {
                var offer = ServiceDecoder.Decode(service!.ToJsonString(), DecodeMode.Lenient).Offer!;
                result.Add(offer.Id, OfferJson.Serialize(offer));
            }

            if (body["last_page"]!.GetValue<bool>())
            {
                return result;
            }
        }
    }

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();

    [GeneratedRegex(@"central server is ready at (?<url>http://[^/\s]+)/")]
    private static partial Regex Ready();
}
