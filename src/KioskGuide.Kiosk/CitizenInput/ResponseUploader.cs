using KioskGuide.Hosting;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using KioskGuide.Domain.Schedules;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// Sends committed answers from the outbox to the central server, in batches and in random order, so the moment
/// an answer reaches the server cannot be tied to the moment a person stood at the kiosk.
/// </summary>
/// <remarks>
/// <para>Each answer is held back a random time after the thank-you (<see cref="ResponseRecorder"/>); a round sends
/// nothing until <see cref="InputOptions.UploadBatchSize"/> answers are due or the oldest due one has waited
/// <see cref="InputOptions.UploadBatchMaxWaitHours"/>; then every due answer goes, shuffled.</para>
/// <para>Each answer's own id is its Idempotency-Key, so a retry after a lost reply is stored once. On a 2xx the
/// answer is deleted from the kiosk; a refusal for good (400, 413, 422) is kept for staff and never retried;
/// anything else is retried with exponential backoff and jitter, honouring Retry-After.</para>
/// <para>Logs never name an answer: a round logs counts only, so a log line with its time cannot be matched to
/// an answer id on the server.</para>
/// <para>The token goes only over https, or plain http to loopback (<see cref="KioskTokenTransport"/>); the HTTP
/// client follows no redirects (<see cref="CitizenInputServices"/>).</para>
/// </remarks>
public sealed class ResponseUploader(
    SqliteResponseOutbox outbox,
    IHttpClientFactory httpClients,
    IOptions<InputOptions> options,
    TimeProvider time,
    ILogger<ResponseUploader> logger) : BackgroundService
{
    public const string HttpClientName = "citizen-input";
    public const string ResponsesPath = "api/input/responses";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);
    private const int MaxPerRound = 200;

    /// <summary>The outbox table exists before the first citizen can answer, uploads or not.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await outbox.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ServerUrl is null)
        {
            logger.LogInformation("No central server configured (Input:ServerUrl): answers are kept in the local outbox");
            return;
        }

        await RepeatingRound.RunAsync(
            TimeSpan.FromSeconds(options.Value.UploadIntervalSeconds),
            time,
            UploadDueAsync,
            ex => logger.LogError("Upload round failed ({Error}); answers stay in the outbox and are tried again", ex.GetType().Name),
            stoppingToken);
    }

    /// <summary>One round: if a batch is ready, every due answer is tried once, in random order.</summary>
    public async Task UploadDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = (await outbox.DueAsync(now, MaxPerRound, cancellationToken)).ToArray();
        var settings = options.Value;
        if (due.Length == 0
            || due.Length < settings.UploadBatchSize && now - due.Min(i => i.DueSince) < TimeSpan.FromHours(settings.UploadBatchMaxWaitHours))
        {
            await PurgeRejectedAsync(now, cancellationToken);
            return;
        }

        RandomNumberGenerator.Shuffle(due.AsSpan());
        var tally = new Tally();
        foreach (var item in due)
        {
            await UploadAsync(item, tally, cancellationToken);
        }

        await PurgeRejectedAsync(now, cancellationToken);
        await outbox.CompactAsync(cancellationToken);
        if (tally.Refused > 0)
        {
            logger.LogError("The server refused {Refused} answer(s) for good ({Statuses}); they are kept for staff and not retried", tally.Refused, string.Join(", ", tally.RefusedStatuses.Distinct()));
        }

        if (tally.Retry > 0)
        {
            logger.LogWarning("{Retry} answer(s) not uploaded ({Reason}); tried again later", tally.Retry, tally.RetryReason);
        }

        if (tally.Sent > 0)
        {
            logger.LogInformation("Uploaded {Sent} answer(s)", tally.Sent);
        }
    }

    private sealed class Tally
    {
        public int Sent { get; set; }
        public int Refused { get; set; }
        public List<int> RefusedStatuses { get; } = [];
        public int Retry { get; set; }
        public string? RetryReason { get; set; }
    }

    private async Task PurgeRejectedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, KioskTimeZone.Copenhagen).DateTime);
        await outbox.PurgeRejectedAsync(today.AddDays(-options.Value.RejectedRetentionDays), cancellationToken);
    }

    private async Task UploadAsync(OutboxItem item, Tally tally, CancellationToken cancellationToken)
    {
        var server = options.Value.ServerUrl!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, ResponsesPath))
        {
            Content = new StringContent(item.Json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", item.Id.ToString("D"));
        if (!string.IsNullOrEmpty(options.Value.KioskToken) && !KioskTokenTransport.Authorize(request, options.Value.KioskToken))
        {
            // Validation refuses this configuration at start; this is the second lock, should the URL change.
            await RetryLaterAsync(item, null, "the kiosk token is never sent over plain http to another machine", tally, cancellationToken);
            return;
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await RetryLaterAsync(item, null, $"no answer from the server: {ex.Message}", tally, cancellationToken);
            return;
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                await outbox.MarkSentAsync(item.Id, cancellationToken);
                tally.Sent++;
            }
            else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
                await outbox.MarkRejectedAsync(item.Id, $"{(int)response.StatusCode}: {body}", today, cancellationToken);
                tally.Refused++;
                tally.RefusedStatuses.Add((int)response.StatusCode);
            }
            else
            {
                await RetryLaterAsync(item, response.Headers.RetryAfter, $"server answered {(int)response.StatusCode}", tally, cancellationToken);
            }
        }
    }

    private async Task RetryLaterAsync(OutboxItem item, RetryConditionHeaderValue? retryAfter, string reason, Tally tally, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delay = Backoff(item.Attempts);
        if (retryAfter?.Delta is { } delta && delta > delay)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date && date - now > delay)
        {
            delay = date - now;
        }

        tally.Retry++;
        tally.RetryReason ??= reason;
        await outbox.ScheduleRetryAsync(item.Id, now + delay, reason, cancellationToken);
    }

    /// <summary>5 s, 10 s, 20 s … up to 30 min, each ±20 % so many kiosks do not retry in step.</summary>
    public static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, 5 * Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
