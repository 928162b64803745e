using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KioskGuide.DemoContent;
using KioskGuide.Feed.Mapping;

namespace KioskGuide.FeedServer.Tests;

public sealed class ProcessTests
{
    [Fact]
    public async Task The_server_process_serves_the_demo_content_on_loopback_and_prints_its_address()
    {
        string folder = TestPaths.NewFolder();
        await using var server = await FeedServerProcess.StartAsync("--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}");
        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        var list = await http.GetFromJsonAsync<JsonObject>("services?per_page=1");
        Assert.Equal(DemoOffers.Load().Count, list!["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Import_reports_each_bad_file_and_exits_2_while_keeping_the_good_ones()
    {
        string folder = TestPaths.NewFolder();
        string content = Path.Combine(folder, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "good.json"), OfferToHsds.Write(DemoOffers.Load()[0]).ToJsonString());
        var bad = OfferToHsds.Write(DemoOffers.Load()[1]);
        bad.Remove("name");
        File.WriteAllText(Path.Combine(content, "bad.json"), bad.ToJsonString());
        string db = $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}";

        var (code, output) = await FeedServerProcess.RunAsync("import", "--folder", content, db);
        Assert.Equal(2, code);
        Assert.Contains("error: bad.json: /name: is required but missing", output, StringComparison.Ordinal);
        Assert.Contains("Imported 1 offers: 1 new", output, StringComparison.Ordinal);

        File.Delete(Path.Combine(content, "bad.json"));
        (code, output) = await FeedServerProcess.RunAsync("import", "--folder", content, db);
        Assert.Equal(0, code);
        Assert.Contains("0 new, 0 changed, 0 removed (now tombstones), 1 unchanged", output, StringComparison.Ordinal);

        (code, output) = await FeedServerProcess.RunAsync("import", "--csv", Path.Combine(folder, "missing.csv"), db);
        Assert.Equal(1, code);
        Assert.Contains("Import failed", output, StringComparison.Ordinal);
    }
}
