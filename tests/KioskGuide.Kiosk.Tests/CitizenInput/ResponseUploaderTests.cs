using System.Net;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    private ResponseUploader Uploader(int batchSize = 1, string server = "https://central.test/", ILogger<ResponseUploader>? logger = null) => new(
        _outbox,
        new HandlerClients(_server),
        Options.Create(new InputOptions { ServerUrl = new Uri(server), KioskToken = "secret-token", UploadBatchSize = batchSize, UploadBatchMaxWaitHours = 12 }),
        _clock,
        logger ?? NullLogger<ResponseUploader>.Instance);

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
        Assert.Equal("https://central.test/api/input/responses", request.Uri);
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
    public async Task A_sent_answer_is_deleted_from_the_kiosk_not_kept_as_sent()
    {
        var response = Response();
        await _outbox.EnqueueAsync(response);
        await Uploader().UploadDueAsync(CancellationToken.None);

        // Gone from the table, and — secure_delete, WAL truncated — from the database file's bytes too.
        await using (var connection = await new SqliteDatabase(Path.Combine(_folder, "kiosk.db")).OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM response_outbox";
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(System.Text.Encoding.ASCII.GetString(bytes).Contains(response.Id.ToString("D"), StringComparison.Ordinal), $"{Path.GetFileName(file)} still holds the sent answer");
        }

        Assert.Equal(1, (await _outbox.CountsAsync()).Sent);
    }

    [Fact]
    public async Task Answers_wait_for_a_batch_and_go_together_once_there_are_enough()
    {
        for (int i = 0; i < 4; i++)
        {
            await _outbox.EnqueueAsync(Response(), _clock.GetUtcNow());
        }

        await Uploader(batchSize: 5).UploadDueAsync(CancellationToken.None);
        Assert.Empty(_server.Requests);

        await _outbox.EnqueueAsync(Response(), _clock.GetUtcNow());
        await Uploader(batchSize: 5).UploadDueAsync(CancellationToken.None);
        Assert.Equal(5, _server.Requests.Count);
        Assert.Equal(new OutboxCounts(0, 5, 0), await _outbox.CountsAsync());
    }

    [Fact]
    public async Task A_lone_answer_goes_once_it_has_waited_the_longest_batch_wait()
    {
        await _outbox.EnqueueAsync(Response(), _clock.GetUtcNow());
        await Uploader(batchSize: 5).UploadDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(11));
        await Uploader(batchSize: 5).UploadDueAsync(CancellationToken.None);
        Assert.Empty(_server.Requests);

        _clock.Advance(TimeSpan.FromHours(1));
        await Uploader(batchSize: 5).UploadDueAsync(CancellationToken.None);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task An_answer_held_back_is_not_sent_before_its_moment()
    {
        await _outbox.EnqueueAsync(Response(), _clock.GetUtcNow().AddMinutes(40));
        _clock.Advance(TimeSpan.FromMinutes(39));
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Empty(_server.Requests);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await Uploader().UploadDueAsync(CancellationToken.None);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_batch_goes_in_an_order_that_is_not_the_order_the_answers_were_given()
    {
        var given = new List<Guid>();
        for (int i = 0; i < 30; i++)
        {
            var response = Response();
            given.Add(response.Id);
            await _outbox.EnqueueAsync(response);
        }

        await Uploader(batchSize: 30).UploadDueAsync(CancellationToken.None);

        var sent = _server.Requests.Select(r => Guid.Parse(r.IdempotencyKey!)).ToList();
        Assert.Equal(given.Order(), sent.Order());
        // 1 in 30! that a shuffle gives the original order back.
        Assert.NotEqual(given, sent);
    }

    [Fact]
    public async Task No_log_line_names_an_answer()
    {
        using var logs = new LogCapture();
        using var factory = new LoggerFactory([logs]);
        var ids = new List<Guid>();
        foreach (var status in new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.ServiceUnavailable })
        {
            var response = Response();
            ids.Add(response.Id);
            await _outbox.EnqueueAsync(response);
            _server.Status = status;
            await Uploader(logger: factory.CreateLogger<ResponseUploader>()).UploadDueAsync(CancellationToken.None);
        }

        Assert.NotEmpty(logs.Entries);
        foreach (var message in logs.Entries.Select(e => e.Message))
        {
            Assert.DoesNotContain(ids, id => message.Contains(id.ToString("D"), StringComparison.OrdinalIgnoreCase) || message.Contains(id.ToString("N"), StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("http://central.example.dk/")]
    [InlineData("http://192.0.2.10/")]
    public async Task The_kiosk_token_is_never_sent_over_plain_http_to_another_machine(string server)
    {
        await _outbox.EnqueueAsync(Response());
        await Uploader(server: server).UploadDueAsync(CancellationToken.None);

        Assert.Empty(_server.Requests);
        Assert.Equal(1, (await _outbox.CountsAsync()).Pending);
        Assert.False(KioskTokenTransport.MaySend(new Uri(server)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5090/")]
    [InlineData("http://localhost:5090/")]
    [InlineData("http://[::1]:5090/")]
    [InlineData("https://central.example.dk/")]
    public void The_kiosk_token_may_go_over_https_or_to_this_machine(string server) =>
        Assert.True(KioskTokenTransport.MaySend(new Uri(server)));

    [Fact]
    public async Task A_redirect_is_not_followed_with_the_kiosk_token()
    {
        // The real client as the kiosk registers it, against a server that answers 307 to another host.
        using var target = new RecordingListener();
        using var redirector = new RecordingListener(redirectTo: target.Url);
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new InputOptions()));
        services.AddLogging();
        services.AddCitizenInputHttpClient();
        await using var provider = services.BuildServiceProvider();
        var uploader = new ResponseUploader(_outbox, provider.GetRequiredService<IHttpClientFactory>(),
            Options.Create(new InputOptions { ServerUrl = new Uri(redirector.Url), KioskToken = "secret-token", UploadBatchSize = 1 }), _clock, NullLogger<ResponseUploader>.Instance);
        await _outbox.EnqueueAsync(Response());

        await uploader.UploadDueAsync(CancellationToken.None);

        Assert.Equal(1, redirector.Requests);
        Assert.Equal(0, target.Requests);
        Assert.Equal(1, (await _outbox.CountsAsync()).Pending);
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

    /// <summary>A loopback HTTP listener that counts requests and answers 201, or 307 to another address.</summary>
    private sealed class RecordingListener : IDisposable
    {
        private readonly System.Net.Sockets.TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly string? _redirectTo;
        private int _requests;

        public RecordingListener(string? redirectTo = null)
        {
            _redirectTo = redirectTo;
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public int Requests => Volatile.Read(ref _requests);

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    var stream = client.GetStream();
                    var buffer = new byte[65536];
                    int read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        continue;
                    }

                    Interlocked.Increment(ref _requests);
                    string reply = _redirectTo is { } to
                        ? $"HTTP/1.1 307 Temporary Redirect\r\nLocation: {to}api/input/responses\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        : "HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                    await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(reply));
                }
            }
            catch (Exception ex) when (ex is ObjectDisposedException or System.Net.Sockets.SocketException or IOException)
            {
                // Stopped.
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
