using KioskGuide.Hosting;
using System.Net;
using System.Text;
using KioskGuide.Domain.Demand;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

using KioskGuide.Kiosk.Staff;

namespace KioskGuide.Kiosk.Demand;

/// <summary>
/// Sends each closed day's counters to the central server once (PUT, idempotent: kiosk + day is the key and a resend
/// replaces the day there, never adds to it), with the kiosk token, on the same no-redirect client as the answers.
/// A day counts as closed <see cref="ClosedAfter"/> after midnight, so the last flush of the evening is in it; a day a
/// late flush changed after it was sent is simply sent again, whole.
/// </summary>
public sealed class DemandUploader(
    SqliteDemandStore store,
    IHttpClientFactory httpClients,
    IOptions<InputOptions> input,
    IOptions<DemandOptions> demand,
    IOptions<KioskOptions> kiosk,
    TimeProvider time,
    ILogger<DemandUploader> logger) : BackgroundService
{
    public const string DaysPath = "api/demand/days";

    /// <summary>Past midnight by more than a few flushes: no tap of the day before is still in memory.</summary>
    public static readonly TimeSpan ClosedAfter = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _one = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demand.Value.Enabled || input.Value.ServerUrl is null)
        {
            return;
        }

        await RepeatingRound.RunAsync(
            TimeSpan.FromMinutes(demand.Value.UploadCheckMinutes),
            time,
            async ct => await UploadAsync(ct),
            ex => logger.LogError("Demand upload round failed ({Error}); the days are tried again", ex.GetType().Name),
            stoppingToken);
    }

    /// <summary>Sends every closed, unsent day and purges old ones; returns (sent, failed).</summary>
    public async Task<(int Sent, int Failed, string? Reason)> UploadAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var today = DemandCounter.Today(time);
            await store.PurgeAsync(today, cancellationToken);
            if (input.Value.ServerUrl is not { } server)
            {
                return (0, 0, "ingen centralserver sat op");
            }

            var closedBefore = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow() - ClosedAfter, Domain.Schedules.KioskTimeZone.Copenhagen).DateTime);
            int sent = 0, failed = 0;
            string? reason = null;
            foreach (var (day, version) in await store.UnsentClosedDaysAsync(kiosk.Value.SiteId, closedBefore, cancellationToken))
            {
                var (ok, why) = await SendAsync(server, day, cancellationToken);
                if (ok)
                {
                    await store.MarkSentAsync(day.Day, version, cancellationToken);
                    sent++;
                }
                else
                {
                    failed++;
                    reason ??= why;
                }
            }

            if (sent > 0 || failed > 0)
            {
                logger.LogInformation("Demand days sent: {Sent}, not sent: {Failed} {Reason}", sent, failed, reason ?? "");
            }

            return (sent, failed, reason);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Staff mode's "Send efterspørgsel nu": flushes, sends the closed days, and says what happened (a StaffText sentence).</summary>
    public async Task<StaffMessage> SendNowAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Staff action: send demand counters now");
        if (!demand.Value.Enabled)
        {
            return new("DemandOff");
        }

        var (sent, failed, reason) = await UploadAsync(cancellationToken);
        return (sent, failed) switch
        {
            _ when input.Value.ServerUrl is null => new("DemandNoServer"),
            (0, 0) => new("DemandAllSent"),
            (_, 0) => new("DemandSent", sent),
            _ => new("DemandPartly", sent, failed, reason ?? ""),
        };
    }

    private async Task<(bool Ok, string? Reason)> SendAsync(Uri server, DemandDay day, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(server, DaysPath))
        {
            Content = new StringContent(DemandJson.Serialize(day), Encoding.UTF8, "application/json"),
        };
        if (!KioskTokenTransport.Authorize(request, input.Value.KioskToken))
        {
            return (false, "kiosk-token mangler, eller serveren er ikke https");
        }

        try
        {
            using var response = await httpClients.CreateClient(ResponseUploader.HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (true, null);
            }

            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                // Refused for good: a retry would be refused again. Logged without the body (it names no person, but stays short).
                logger.LogError("The server refused the demand day {Day} (400); it is not sent again", day.Day);
                return (true, null);
            }

            return (false, $"serveren svarede {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (false, "serveren svarede ikke");
        }
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }
}
