using System.Net;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>
/// The kiosk's own refresher, recorder and uploader against the real central server in-process: the server
/// serves version 2 and still accepts version 1, and a citizen who started on version 1 finishes on it.
/// </summary>
public sealed class KioskQuestionnaireDeliveryTests : IAsyncLifetime
{
    private readonly string _kioskFolder = Path.Combine(Path.GetTempPath(), $"kioskguide-delivery-{Guid.NewGuid():N}");
    private InputServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_kioskFolder);
        var version1 = QuestionnaireCatalogue.BuiltIn();
        var version2 = version1 with { Version = 2, Questions = [.. version1.Questions.Where(q => q.Id != "hear")] };
        File.WriteAllText(Path.Combine(_kioskFolder, "v1.json"), CitizenInputJson.Serialize(version1));
        File.WriteAllText(Path.Combine(_kioskFolder, "v2.json"), CitizenInputJson.Serialize(version2));
        _server = await InputServer.StartAsync(settings:
        [
            $"--CitizenInput:QuestionnaireFiles:0={Path.Combine(_kioskFolder, "v2.json")}",
            $"--CitizenInput:QuestionnaireFiles:1={Path.Combine(_kioskFolder, "v1.json")}",
        ]);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_kioskFolder, recursive: true);
    }

    [Fact]
    public async Task The_kiosk_asks_the_servers_version_from_the_next_citizen_on_and_both_versions_answers_are_stored()
    {
        // No hold and batches of one: this test is about versions, not about when answers leave the kiosk.
        var input = Options.Create(new InputOptions { ServerUrl = _server.BaseAddress, KioskToken = InputServer.Token, UploadHoldMinMinutes = 0, UploadHoldMaxMinutes = 0, UploadBatchSize = 1 });
        var statuses = new StatusLog(new SocketsHttpHandler());
        using var http = new HttpClient(statuses);
        var clients = new OneClient(http);
        var database = new SqliteDatabase(Path.Combine(_kioskFolder, "kiosk.db"));
        var source = new QuestionnaireSource(Options.Create(new InputOptions()), NullLogger<QuestionnaireSource>.Instance);
        var store = new SqliteQuestionnaireStore(database);
        var refresher = new QuestionnaireRefresher(new QuestionnaireFetcher(clients, input), store, source, input, TimeProvider.System, NullLogger<QuestionnaireRefresher>.Instance);
        var outbox = new SqliteResponseOutbox(database);
        await outbox.InitializeAsync();
        var recorder = new ResponseRecorder(
            outbox, new SubmissionRateLimiter(TimeProvider.System, input), new CatalogueProvider(), TimeProvider.System,
            Options.Create(new KioskOptions { SiteId = InputServer.KioskId }), NullLogger<ResponseRecorder>.Instance, input);

        // One citizen is half-way through version 1 when the kiosk learns of version 2.
        var earlyDraft = new ResponseDraft(source.Current);
        earlyDraft.Set(new Answer("hear", ["library"]));
        await store.InitializeAsync();
        await refresher.RefreshAsync(CancellationToken.None);
        await refresher.RefreshAsync(CancellationToken.None);
        var laterDraft = new ResponseDraft(source.Current);
        laterDraft.Set(new Answer("barriers", ["price"]));
        Assert.Equal(RecordResult.Saved, await recorder.RecordAsync(earlyDraft, "da"));
        Assert.Equal(RecordResult.Saved, await recorder.RecordAsync(laterDraft, "en"));
        await new ResponseUploader(outbox, clients, input, TimeProvider.System, NullLogger<ResponseUploader>.Instance).UploadDueAsync(CancellationToken.None);

        Assert.Equal(2, source.Current.Version);
        Assert.Equal(2, CitizenInputJson.DeserializeQuestionnaire((await store.LoadAsync())!.Json).Version);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.Created, HttpStatusCode.Created], statuses.Seen);
        Assert.Equal(new OutboxCounts(0, 2, 0), await outbox.CountsAsync());
        var stored = await _server.Services.GetStoredAsync();
        Assert.Equal([1, 2], stored.Select(r => r.QuestionnaireVersion).Order());
        Assert.Equal("library", stored.Single(r => r.QuestionnaireVersion == 1).Answers.Single().OptionIds.Single());
    }

    private sealed class StatusLog(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<HttpStatusCode> Seen { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Seen.Add(response.StatusCode);
            return response;
        }
    }

    private sealed class OneClient(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
