using System.Net.Http.Json;
using KioskGuide.Kiosk.CitizenInput;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// Tells the central server how this kiosk is — at start, then every Heartbeat:IntervalSeconds — with the kiosk's
/// token, so IT sees a silent or troubled kiosk on the fleet page. Counts and ages only, never citizen data. A failed
/// heartbeat is logged once per change and tried again at the next interval; it never affects the screen.
/// </summary>
public sealed class HeartbeatSender(
    StatusSnapshots snapshots,
    HeartbeatState state,
    IHttpClientFactory httpClients,
    IOptions<InputOptions> input,
    IOptions<HeartbeatOptions> options,
    TimeProvider time,
    ILogger<HeartbeatSender> logger) : BackgroundService
{
    public const string HttpClientName = "heartbeat";
    public const string HeartbeatPath = "api/fleet/heartbeat";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (input.Value.ServerUrl is null || string.IsNullOrWhiteSpace(input.Value.KioskToken))
        {
            logger.LogInformation("No central server or kiosk token configured (Input:ServerUrl, Input:KioskToken): no heartbeat is sent");
            return;
        }

        // Let the content load and the first sync begin, so the first heartbeat says something.
        await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await SendAsync(stoppingToken);
            await Task.Delay(TimeSpan.FromSeconds(options.Value.IntervalSeconds), time, stoppingToken);
        }
    }

    /// <summary>One heartbeat; true when the server acknowledged it.</summary>
    public async Task<bool> SendAsync(CancellationToken cancellationToken)
    {
        var server = Root(input.Value.ServerUrl!);
        if (!TokenTransport.IsSafe(server))
        {
            Fail("Centralserverens adresse er http uden for denne maskine; tokenet sendes kun over https");
            return false;
        }

        try
        {
            var report = await snapshots.ReadAsync(cancellationToken);
            using var http = httpClients.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, HeartbeatPath))
            {
                Content = JsonContent.Create(report),
            };
            request.Headers.Authorization = new("Bearer", input.Value.KioskToken);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"Centralserveren svarede {(int)response.StatusCode}");
                return false;
            }

            var answer = await response.Content.ReadFromJsonAsync<HeartbeatAnswerDto>(cancellationToken);
            state.Answered(answer?.ReceivedAt ?? time.GetUtcNow());
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            Fail($"Centralserveren kunne ikke nås ({ex.GetType().Name})");
            return false;
        }
    }

    private void Fail(string why)
    {
        if (state.LastError != why)
        {
            logger.LogWarning("Heartbeat not delivered: {Why}", why);
        }

        state.Failed(why);
    }

    private static Uri Root(Uri server) => server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");

    private sealed record HeartbeatAnswerDto(DateTimeOffset ReceivedAt);
}
