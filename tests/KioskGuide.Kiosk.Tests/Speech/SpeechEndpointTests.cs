using System.Net;
using System.Net.Http.Json;
using System.Text;
using KioskGuide.Kiosk.Speech;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Kiosk.Tests.Speech;

/// <summary>/speech on the real kiosk host: for this machine only, size-checked, one ticket one sound.</summary>
public sealed class SpeechEndpointTests : IAsyncLifetime
{
    private WebApplicationFactory<Program> _kiosk = null!;
    private IPAddress _caller = IPAddress.Loopback;
    private string _session = "";

    public Task InitializeAsync()
    {
        _kiosk = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Kiosk:DataDirectory", Path.Combine(Path.GetTempPath(), "kioskguide-speech", Guid.NewGuid().ToString("N")));
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new CallerFrom(() => _caller)));
        });
        // A live screen's key, as a circuit's SpeechState registers it.
        _session = SpeechSessions.NewKey();
        _kiosk.Services.GetRequiredService<SpeechSessions>().Register(_session);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _kiosk.DisposeAsync();

    private object Ask(string text, string lang = "da") => new { session = _session, parts = new[] { new { lang, text } } };

    [Fact]
    public async Task A_ticket_from_this_machine_streams_wav_once()
    {
        using var client = _kiosk.CreateClient();
        using var asked = await client.PostAsJsonAsync("speech", Ask("Læs op: Strikkecafé i Åbæk"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var ticket = (await asked.Content.ReadFromJsonAsync<TicketReply>())!.Ticket;

        using var sound = await client.GetAsync($"speech/{ticket}");
        Assert.Equal(HttpStatusCode.OK, sound.StatusCode);
        Assert.Equal("audio/wav", sound.Content.Headers.ContentType?.MediaType);
        Assert.True(Wav.Rms(Wav.Samples(await sound.Content.ReadAsByteArrayAsync())) > 800);

        using var again = await client.GetAsync($"speech/{ticket}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Another_machine_gets_neither_a_ticket_nor_sound()
    {
        using var client = _kiosk.CreateClient();
        using var asked = await client.PostAsJsonAsync("speech", Ask("Hej"));
        var ticket = (await asked.Content.ReadFromJsonAsync<TicketReply>())!.Ticket;

        _caller = IPAddress.Parse("192.168.1.20");
        using var refusedAsk = await client.PostAsJsonAsync("speech", Ask("Hej"));
        using var refusedSound = await client.GetAsync($"speech/{ticket}");

        Assert.Equal(HttpStatusCode.Forbidden, refusedAsk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedSound.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_and_texts_are_refused()
    {
        using var client = _kiosk.CreateClient();
        var options = new SpeechOptions();

        using var tooLongText = await client.PostAsJsonAsync("speech", Ask(new string('a', options.MaxTextChars + 1)));
        using var tooBigBody = await client.PostAsync("speech", new StringContent(new string(' ', options.MaxRequestBytes + 1), Encoding.UTF8, "application/json"));
        // Without a Content-Length (chunked), the body is still cut off at the limit.
        var chunked = new StringContent(new string(' ', options.MaxRequestBytes + 1), Encoding.UTF8, "application/json");
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "speech") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var tooBigChunked = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLongText.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBigBody.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBigChunked.StatusCode);
    }

    [Fact]
    public async Task Unknown_screens_and_malformed_requests_are_refused()
    {
        using var client = _kiosk.CreateClient();
        using var stranger = await client.PostAsJsonAsync("speech", new { session = "not-a-live-screen", parts = new[] { new { lang = "da", text = "Hej" } } });
        using var noParts = await client.PostAsJsonAsync("speech", new { session = _session, parts = Array.Empty<object>() });
        using var notJson = await client.PostAsync("speech", new StringContent("Hej", Encoding.UTF8, "application/json"));
        using var noTicket = await client.GetAsync("speech/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noParts.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noTicket.StatusCode);
    }

    public sealed record TicketReply(string Ticket);

    /// <summary>The test server has no real connection: this says where the request came from.</summary>
    private sealed class CallerFrom(Func<IPAddress> caller) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextStep) =>
            {
                context.Connection.RemoteIpAddress = caller();
                return nextStep(context);
            });
            next(app);
        };
    }
}
