using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// Sends committed answers from the outbox to the central server. Each answer's own id is its
/// Idempotency-Key, so a retry after a lost reply is stored once. Marked sent only on a 2xx;
/// a refusal for good (400, 413, 422) is kept for staff and never retried; anything else is
/// retried with exponential backoff and jitter, honouring Retry-After.
/// </summary>
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
            ex => logger.LogError(ex, "Upload round failed; answers stay in the outbox and are tried again"),
            stoppingToken);
    }

    /// <summary>One round: every due answer is tried once.</summary>
    public async Task UploadDueAsync(CancellationToken cancellationToken)
    {
        foreach (var item in await outbox.DueAsync(time.GetUtcNow(), 50, cancellationToken))
        {
            await UploadAsync(item, cancellationToken);
        }
    }

    private async Task UploadAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var server = options.Value.ServerUrl!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, ResponsesPath))
        {
            Content = new StringContent(item.Json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", item.Id.ToString("D"));
        if (!string.IsNullOrEmpty(options.Value.KioskToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.KioskToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await RetryLaterAsync(item, null, $"no answer from the server: {ex.Message}", cancellationToken);
            return;
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                await outbox.MarkSentAsync(item.Id, cancellationToken);
            }
            else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                logger.LogError("The server refused answer {Id} for good ({Status}): {Body}", item.Id, (int)response.StatusCode, body.Length > 300 ? body[..300] : body);
                await outbox.MarkRejectedAsync(item.Id, $"{(int)response.StatusCode}: {body}", cancellationToken);
            }
            else
            {
                await RetryLaterAsync(item, response.Headers.RetryAfter, $"server answered {(int)response.StatusCode}", cancellationToken);
            }
        }
    }

    private async Task RetryLaterAsync(OutboxItem item, RetryConditionHeaderValue? retryAfter, string reason, CancellationToken cancellationToken)
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

        logger.LogWarning("Answer {Id} not uploaded ({Reason}); next try in {Seconds:0} s", item.Id, reason, delay.TotalSeconds);
        await outbox.ScheduleRetryAsync(item.Id, now + delay, reason, cancellationToken);
    }

    /// <summary>5 s, 10 s, 20 s … up to 30 min, each ±20 % so many kiosks do not retry in step.</summary>
    public static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, 5 * Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
