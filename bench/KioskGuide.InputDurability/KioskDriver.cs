using System.Globalization;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KioskGuide.InputDurability;

internal sealed record KioskDriverSettings(string Outbox, Uri Server, string Token, string KioskId, int Cycle, DateTimeOffset Epoch, bool Drain)
{
    public static KioskDriverSettings From(Dictionary<string, string> o) => new(
        o["outbox"],
        new Uri(o["server"]),
        o["token"],
        o["kiosk"],
        int.Parse(o.GetValueOrDefault("cycle", "0"), CultureInfo.InvariantCulture),
        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(o["epoch"], CultureInfo.InvariantCulture)),
        o.ContainsKey("drain"));
}

/// <summary>
/// The kiosk side, as the kiosk does it: an answer is committed to the SQLite outbox
/// (<see cref="SqliteResponseOutbox.EnqueueAsync"/>), and only then reported on standard output as
/// "confirmed &lt;id&gt;" — the moment the kiosk would show "thank you"; then the kiosk's own
/// <see cref="ResponseUploader.UploadDueAsync"/> sends what is due. Runs until it is killed.
/// With --drain it adds nothing and uploads until the outbox is empty.
/// </summary>
internal static class KioskDriver
{
    /// <summary>
    /// The drain's clock runs an hour ahead, longer than the uploader's longest backoff (30 min + 20 % jitter):
    /// the kiosk left on with the server up, so every answer still in backoff is due at once.
    /// </summary>
    private static readonly TimeSpan DrainAhead = TimeSpan.FromHours(1);

    public static async Task<int> RunAsync(KioskDriverSettings settings)
    {
        var outbox = new SqliteResponseOutbox(new SqliteDatabase(settings.Outbox));
        await outbox.InitializeAsync();
        // The drain is never killed, so it needs no marks and no slow window after a 2xx.
        using var http = new HttpClient(settings.Drain ? new SocketsHttpHandler() : new KillMarks(new SocketsHttpHandler())) { Timeout = TimeSpan.FromSeconds(2) };
        var uploader = new ResponseUploader(
            outbox,
            new OneClientFactory(http),
            // Batches of one: the proof is about durability (every answer goes as soon as it is due), not batching.
            Options.Create(new InputOptions { ServerUrl = settings.Server, KioskToken = settings.Token, UploadBatchSize = 1 }),
            new WarpedTimeProvider(settings.Epoch, settings.Drain ? DrainAhead : TimeSpan.Zero),
            NullLogger<ResponseUploader>.Instance);
        Console.WriteLine("ready");

        if (settings.Drain)
        {
            return await DrainAsync(outbox, uploader);
        }

        for (var seq = 1; ; seq++)
        {
            var answer = Answer(settings, seq);
            await outbox.EnqueueAsync(answer);
            Console.WriteLine($"confirmed {answer.Id:D}");
            Console.WriteLine("uploading");
            await uploader.UploadDueAsync(CancellationToken.None);
            await Task.Delay(Random.Shared.Next(0, 15));
        }
    }

    private static async Task<int> DrainAsync(SqliteResponseOutbox outbox, ResponseUploader uploader)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await uploader.UploadDueAsync(CancellationToken.None);
            var counts = await outbox.CountsAsync();
            if (counts.Pending == 0)
            {
                Console.WriteLine($"drained sent={counts.Sent} rejected={counts.Rejected}");
                return 0;
            }

            await Task.Delay(50);
        }

        Console.WriteLine("drain timed out");
        return 1;
    }

    /// <summary>A valid answer to the default questionnaire; its idea names the run and the number, to spot copies.</summary>
    private static QuestionnaireResponse Answer(KioskDriverSettings settings, int seq) => new()
    {
        Id = Guid.NewGuid(),
        QuestionnaireId = "flere-i-faellesskaber",
        QuestionnaireVersion = 1,
        KioskId = settings.KioskId,
        Date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen).DateTime),
        Language = "da",
        Answers =
        [
            new Answer("barriers", [Random.Shared.GetItems<string>(["alone", "transport", "price", "times"], 1)[0]]),
            new Answer("social-life", [], Scale: Random.Shared.Next(1, 6)),
            new Answer("idea", [], Text: $"Idé fra runde {settings.Cycle} nummer {seq}"),
        ],
    };

    /// <summary>
    /// Prints "answered" when a 2xx arrives, before the uploader marks the answer sent, and holds it there for
    /// 100 ms (a slow kiosk), so a kill aimed at that mark lands in the window where a 2xx is lost. Prints
    /// "unanswered" when the server cannot be reached, so the run aiming at "answered" stops waiting in vain.
    /// </summary>
    private sealed class KillMarks(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                Console.WriteLine("unanswered");
                throw;
            }

            if (response.IsSuccessStatusCode)
            {
                Console.WriteLine("answered");
                await Task.Delay(100, cancellationToken);
            }

            return response;
        }
    }

    private sealed class OneClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
