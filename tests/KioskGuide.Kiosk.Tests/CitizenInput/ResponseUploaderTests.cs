using System.Net;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.CitizenInput;

public sealed class ResponseUploaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-outbox-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly FakeServer _server = new();
    private readonly SqliteResponseOutbox _outbox;

    public ResponseUploaderTests()
    {
        _outbox = new SqliteResponseOutbox(new SqliteDatabase(Path.Combine(_folder, "kiosk.db")));
        _outbox.InitializeAsync().GetAwaiter().GetResult();
    }

    private ResponseUploader Uploader() => new(
        _outbox,
        new HandlerClients(_server),
        Options.Create(new InputOptions { ServerUrl = new Uri("http://central.test/"), KioskToken = "secret-token" }),
        _clock,
        NullLogger<ResponseUploader>.Instance);

    private static QuestionnaireResponse Response() => new()
    {
        Id = Guid.NewGuid(),
        QuestionnaireId = "flere-i-faellesskaber",
        QuestionnaireVersion = 1,
        KioskId = "demo-aabaek-bibliotek",
        Date = new DateOnly(2026, 11, 23),
        Language = "da",
        Answers = [new Answer("social-life", [], Scale: 3)],
    };

    [Fact]
    public async Task Sends_each_answer_with_its_id_as_idempotency_key_and_the_kiosk_token()
    {
        var response = Response();
        await _outbox.EnqueueAsync(response);
        await Uploader().UploadDueAsync(CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("http://central.test/api/input/responses", request.Uri);
        Assert.Equal(response.Id.ToString("D"), request.IdempotencyKey);
        Assert.Equal("Bearer secret-token", request.Authorization);
        Assert.Equal(response.Id, CitizenInputJson.DeserializeResponse(request.Body).Id);
        Assert.Equal(new OutboxCounts(0, 1, 0), await _outbox.CountsAsync());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_failure_keeps_the_answer_pending_and_retries_only_after_the_backoff(HttpStatusCode status)
    {
        await _outbox.EnqueueAsync(Response());
        _server.Status = status;
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Equal(new OutboxCounts(1, 0, 0), await _outbox.CountsAsync());

        // Not due again at once…
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Single(_server.Requests);

        // …but after the backoff, and then it goes through.
        _server.Status = HttpStatusCode.Created;
        _clock.Advance(TimeSpan.FromSeconds(7));
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(new OutboxCounts(0, 1, 0), await _outbox.CountsAsync());
    }

    [Fact]
    public async Task Retry_after_from_the_server_is_honoured()
    {
        await _outbox.EnqueueAsync(Response());
        _server.Status = HttpStatusCode.ServiceUnavailable;
        _server.RetryAfterSeconds = 600;
        await Uploader().UploadDueAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(300));
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Single(_server.Requests);

        _clock.Advance(TimeSpan.FromSeconds(301));
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task An_unreachable_server_keeps_the_answer_pending()
    {
        await _outbox.EnqueueAsync(Response());
        _server.Unreachable = true;
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Equal(new OutboxCounts(1, 0, 0), await _outbox.CountsAsync());
    }

    [Fact]
    public async Task A_refusal_for_good_is_kept_for_staff_and_never_retried()
    {
        await _outbox.EnqueueAsync(Response());
        _server.Status = HttpStatusCode.BadRequest;
        await Uploader().UploadDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));
        await Uploader().UploadDueAsync(CancellationToken.None);

        Assert.Single(_server.Requests);
        Assert.Equal(new OutboxCounts(0, 0, 1), await _outbox.CountsAsync());
    }

    [Fact]
    public void Backoff_grows_and_is_capped_with_jitter()
    {
        Assert.InRange(ResponseUploader.Backoff(0).TotalSeconds, 4, 6);
        Assert.InRange(ResponseUploader.Backoff(3).TotalSeconds, 32, 48);
        Assert.InRange(ResponseUploader.Backoff(50).TotalMinutes, 24, 36);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _server.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed record SeenRequest(string Uri, string? IdempotencyKey, string? Authorization, string Body);

    /// <summary>Answers like the central server would, as told; records what it was sent.</summary>
    private sealed class FakeServer : HttpMessageHandler
    {
        public List<SeenRequest> Requests { get; } = [];
        public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;
        public int? RetryAfterSeconds { get; set; }
        public bool Unreachable { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }

            Requests.Add(new SeenRequest(
                request.RequestUri!.ToString(),
                request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
                request.Headers.Authorization?.ToString(),
                await request.Content!.ReadAsStringAsync(cancellationToken)));
            var response = new HttpResponseMessage(Status);
            if (RetryAfterSeconds is int seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return response;
        }
    }
}
