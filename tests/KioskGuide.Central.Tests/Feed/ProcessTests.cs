using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using KioskGuide.DemoContent;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;

namespace KioskGuide.Central.Tests.Feed;

public sealed class ProcessTests
{
    [Fact]
    public async Task The_server_process_serves_the_demo_content_and_citizen_input_on_loopback_and_prints_its_address()
    {
        string folder = TestPaths.NewFolder();
        string input = $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}";
        var (code, output) = await CentralServerProcess.RunAsync("create-token", "process-kiosk", input);
        Assert.Equal(0, code);
        string token = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

        await using var server = await CentralServerProcess.StartAsync(
            "--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", "--Feed:VisibilityDelaySeconds=0", input);
        Assert.Equal("127.0.0.1", server.Root.Host);
        using var http = new HttpClient { BaseAddress = server.Root };
        var list = await http.GetFromJsonAsync<JsonObject>("services?per_page=1");
        var feed = await http.GetFromJsonAsync<JsonObject>("feeds/services");
        var questionnaire = CitizenInputJson.DeserializeQuestionnaire(await http.GetStringAsync("api/input/questionnaire"));
        using var answer = await PostAnswerAsync(http, token);

        Assert.Equal(DemoOffers.Load().Count, list!["total_items"]!.GetValue<int>());
        Assert.NotEmpty(feed!["items"]!.AsArray());
        Assert.Equal("flere-i-faellesskaber", questionnaire.Id);
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    /// <summary>An answer as a kiosk sends it, with the token the create-token command printed.</summary>
    private static async Task<HttpResponseMessage> PostAnswerAsync(HttpClient http, string token)
    {
        var response = new QuestionnaireResponse
        {
            Id = Guid.NewGuid(),
            QuestionnaireId = "flere-i-faellesskaber",
            QuestionnaireVersion = 1,
            KioskId = "process-kiosk",
            Date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen).DateTime),
            Language = "da",
            Answers = [new Answer("social-life", [], Scale: 4)],
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/input/responses")
        {
            Content = new StringContent(CitizenInputJson.Serialize(response), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", response.Id.ToString("D"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
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

        var (code, output) = await CentralServerProcess.RunAsync("import", "--folder", content, db);
        Assert.Equal(2, code);
        Assert.Contains("error: bad.json: /name: is required but missing", output, StringComparison.Ordinal);
        Assert.Contains("Imported 1 offers: 1 new", output, StringComparison.Ordinal);

        File.Delete(Path.Combine(content, "bad.json"));
        (code, output) = await CentralServerProcess.RunAsync("import", "--folder", content, db);
        Assert.Equal(0, code);
        Assert.Contains("0 new, 0 changed, 0 removed (now tombstones), 1 unchanged", output, StringComparison.Ordinal);

        (code, output) = await CentralServerProcess.RunAsync("import", "--csv", Path.Combine(folder, "missing.csv"), db);
        Assert.Equal(1, code);
        Assert.Contains("Import failed", output, StringComparison.Ordinal);
    }
}
