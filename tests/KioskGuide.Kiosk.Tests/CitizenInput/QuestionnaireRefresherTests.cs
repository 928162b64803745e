using System.Net;
using System.Net.Http.Headers;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Sqlite;
using KioskGuide.Storage;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.CitizenInput;

public sealed class QuestionnaireRefresherTests : IDisposable
{
    private static readonly InputOptions Input = new() { ServerUrl = new Uri("http://central.test/"), QuestionnaireRefreshSeconds = 300 };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-questionnaire-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeQuestionnaireServer _server = new();
    private readonly LogCapture _logs = new();
    private readonly ILoggerFactory _loggers;

    public QuestionnaireRefresherTests()
    {
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));
    }

    /// <summary>A new version of the built-in questionnaire with a first question worded differently.</summary>
    private static Questionnaire Version2()
    {
        var builtIn = QuestionnaireSource.BuiltIn();
        var first = builtIn.Questions[0] with { Text = new TextPair("Hvad afholder dig fra fællesskaber?", "What holds you back from communities?") };
        return builtIn with { Version = 2, Questions = [first, .. builtIn.Questions.Skip(1)] };
    }

    private static QuestionnaireSource Source() => new(Options.Create(new InputOptions()), NullLogger<QuestionnaireSource>.Instance);

    private SqliteQuestionnaireStore Store() => new(new SqliteDatabase(Path.Combine(_folder, "kiosk.db")));

    private QuestionnaireRefresher Refresher(QuestionnaireSource source) => new(
        new QuestionnaireFetcher(new HandlerClients(_server), Options.Create(Input)),
        Store(),
        source,
        Options.Create(Input),
        _clock,
        _loggers.CreateLogger<QuestionnaireRefresher>());

    [Fact]
    public async Task A_delivered_questionnaire_is_saved_and_asked_and_the_next_check_is_conditional()
    {
        _server.Serve(CitizenInputJson.Serialize(Version2()), "\"q-v2\"");
        var source = Source();
        var refresher = Refresher(source);
        await Store().InitializeAsync();

        await refresher.RefreshAsync(CancellationToken.None);
        await refresher.RefreshAsync(CancellationToken.None);

        Assert.Equal(2, source.Current.Version);
        Assert.Equal("Hvad afholder dig fra fællesskaber?", source.Current.Questions[0].Text.Da);
        var saved = await Store().LoadAsync();
        Assert.Equal("\"q-v2\"", saved!.ETag);
        Assert.Equal(2, CitizenInputJson.DeserializeQuestionnaire(saved.Json).Version);
        Assert.Equal(["", "\"q-v2\""], _server.IfNoneMatch);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified], _server.Answered);
        Assert.Equal("http://central.test/api/input/questionnaire", _server.LastUri);
    }

    [Fact]
    public async Task After_a_restart_while_offline_the_saved_questionnaire_is_asked_and_without_one_the_kiosk_config_default()
    {
        var nothingSaved = Source();
        _server.Unreachable = true;
        await Refresher(nothingSaved).StartAsync(CancellationToken.None);
        Assert.Same(nothingSaved.Default, nothingSaved.Current);

        _server.Unreachable = false;
        _server.Serve(CitizenInputJson.Serialize(Version2()), "\"q-v2\"");
        await Refresher(Source()).RefreshAsync(CancellationToken.None);

        // The kiosk restarts while the server is down.
        _server.Unreachable = true;
        var afterRestart = Source();
        var refresher = Refresher(afterRestart);
        await refresher.StartAsync(CancellationToken.None);
        await refresher.StopAsync(CancellationToken.None);

        Assert.Equal(2, afterRestart.Current.Version);
        Assert.Equal(1, afterRestart.Default.Version);
    }

    public static TheoryData<string, string> BadQuestionnaires => new()
    {
        { "{ not json", "refused" },
        { CitizenInputJson.Serialize(Version2() with { Questions = [] }), "there are no questions" },
        { CitizenInputJson.Serialize(Version2() with { Title = new TextPair("Titel", "") }), "title needs both Danish and English" },
        { new string(' ', QuestionnaireFetcher.MaxBytes + 10), "larger than 256 KB" },
    };

    [Theory]
    [MemberData(nameof(BadQuestionnaires))]
    public async Task A_bad_questionnaire_is_logged_in_one_clear_line_and_never_saved_or_asked(string body, string reason)
    {
        _server.Serve(body, "\"bad\"");
        var source = Source();
        var refresher = Refresher(source);
        await Store().InitializeAsync();

        await refresher.RefreshAsync(CancellationToken.None);
        await refresher.RefreshAsync(CancellationToken.None);

        Assert.Same(source.Default, source.Current);
        Assert.Null(await Store().LoadAsync());
        var line = Assert.Single(_logs.Problems);
        Assert.StartsWith("Error: The central server's questionnaire was refused", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        // The second check named the refused version, so the server did not send it again.
        Assert.Equal(["", "\"bad\""], _server.IfNoneMatch);
    }

    [Fact]
    public async Task A_new_version_never_changes_a_half_written_draft_and_the_answer_names_the_version_it_answers()
    {
        var source = Source();
        var draft = new ResponseDraft(source.Current);
        draft.Set(new Answer("barriers", ["alone"]));
        _server.Serve(CitizenInputJson.Serialize(Version2()), "\"q-v2\"");
        await Store().InitializeAsync();

        await Refresher(source).RefreshAsync(CancellationToken.None);
        var outbox = new SqliteResponseOutbox(new SqliteDatabase(Path.Combine(_folder, "kiosk.db")));
        await outbox.InitializeAsync();
        var result = await Recorder(outbox).RecordAsync(draft, "da");

        Assert.Equal(2, source.Current.Version);
        Assert.Equal(1, draft.Questionnaire.Version);
        Assert.Equal("Hvad holder dig fra at være med i et fællesskab?", draft.Questionnaire.Questions[0].Text.Da);
        Assert.Equal(RecordResult.Saved, result);
        var stored = CitizenInputJson.DeserializeResponse(Assert.Single(await outbox.DueAsync(DateTimeOffset.MaxValue, 10)).Json);
        Assert.Equal(("flere-i-faellesskaber", 1), (stored.QuestionnaireId, stored.QuestionnaireVersion));
    }

    [Fact]
    public async Task The_server_is_checked_again_after_each_refresh_interval_on_the_kiosks_clock()
    {
        _server.Serve(CitizenInputJson.Serialize(Version2()), "\"q-v2\"");
        var refresher = Refresher(Source());
        await refresher.StartAsync(CancellationToken.None);
        await _server.WaitForRequestsAsync(1);

        _clock.Advance(TimeSpan.FromSeconds(299));
        await Task.Delay(50);
        Assert.Single(_server.Answered);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _server.WaitForRequestsAsync(2);

        await refresher.StopAsync(CancellationToken.None);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified], _server.Answered);
    }

    private ResponseRecorder Recorder(SqliteResponseOutbox outbox)
    {
        var catalogues = new CatalogueProvider();
        catalogues.Replace(new OfferCatalogue([TestOffers.Make("Gåtur", town: "Kildevang")], KioskTimeZone.Copenhagen));
        return new ResponseRecorder(
            outbox,
            new SubmissionRateLimiter(_clock, Options.Create(new InputOptions())),
            catalogues,
            _clock,
            Options.Create(new KioskOptions { SiteId = "kildevang-1" }),
            NullLogger<ResponseRecorder>.Instance);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _server.Dispose();
        _loggers.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Serves one questionnaire like the central server: 304 when If-None-Match names its ETag.</summary>
    private sealed class FakeQuestionnaireServer : HttpMessageHandler
    {
        private readonly SemaphoreSlim _requests = new(0);
        private string _body = "";
        private string _etag = "";

        public bool Unreachable { get; set; }

        public List<string> IfNoneMatch { get; } = [];

        public List<HttpStatusCode> Answered { get; } = [];

        public string? LastUri { get; private set; }

        public void Serve(string body, string etag) => (_body, _etag) = (body, etag);

        public async Task WaitForRequestsAsync(int count)
        {
            while (Answered.Count < count)
            {
                Assert.True(await _requests.WaitAsync(TimeSpan.FromSeconds(10)), $"only {Answered.Count} of {count} checks reached the server");
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }

            LastUri = request.RequestUri!.ToString();
            IfNoneMatch.Add(string.Join(", ", request.Headers.IfNoneMatch));
            var known = request.Headers.IfNoneMatch.Any(t => t.Tag == _etag);
            var response = known
                ? new HttpResponseMessage(HttpStatusCode.NotModified)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_body, System.Text.Encoding.UTF8, "application/json") };
            response.Headers.ETag = EntityTagHeaderValue.Parse(_etag);
            Answered.Add(response.StatusCode);
            _requests.Release();
            return Task.FromResult(response);
        }

        protected override void Dispose(bool disposing)
        {
            _requests.Dispose();
            base.Dispose(disposing);
        }
    }
}
