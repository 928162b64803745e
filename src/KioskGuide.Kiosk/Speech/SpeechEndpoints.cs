using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>
/// <c>POST /speech</c> takes what the page wants read (JSON: session key and parts) and answers a one-time ticket;
/// <c>GET /speech/{ticket}</c> streams its sound as WAV into the page's audio element. Both for this machine only,
/// and the body is size-checked before it is parsed. Neither logs a word of the text (the address holds only the ticket).
/// </summary>
public static class SpeechEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapKioskSpeech(this IEndpointRouteBuilder app)
    {
        app.MapPost("/speech", AskAsync).DisableAntiforgery();
        app.MapGet("/speech/{ticket}", SoundAsync);
        return app;
    }

    internal static bool FromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);

    private static async Task<IResult> AskAsync(HttpContext context, SpeechSessions sessions, IOptions<SpeechOptions> options)
    {
        if (!FromThisMachine(context))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var limits = options.Value;
        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadAtMostAsync(context.Request.Body, limits.MaxRequestBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        SpeechRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<SpeechRequest>(body, Json);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (request is not { Session.Length: > 0, Parts.Count: > 0 and <= 200 } || request.Parts.Any(p => p?.Text is null || p.Lang is not { Length: <= 35 }))
        {
            return Results.BadRequest();
        }

        if (request.TotalChars > limits.MaxTextChars)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var ticket = sessions.Issue(request);
        return ticket is null ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.Ok(new { ticket });
    }

    private static async Task SoundAsync(HttpContext context, string ticket, SpeechSessions sessions, EspeakSynthesizer espeak, IHostApplicationLifetime lifetime)
    {
        if (!FromThisMachine(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (sessions.Claim(ticket) is not var (request, stop))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Killed when the page lets go (stop, new screen, closed tab), a newer reading starts, the idle reset, or shutdown.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            context.Response.ContentType = "audio/wav";
            context.Response.Headers.CacheControl = "no-store";
            await espeak.WriteWavAsync(request.Parts, context.Response.Body, cancel.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Stopped: nothing to report.
        }
        finally
        {
            sessions.Finished(request.Session, stop);
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (also without a Content-Length).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancel)
    {
        var buffer = new byte[limit + 1];
        int total = 0, read;
        while (total <= limit && (read = await body.ReadAsync(buffer.AsMemory(total), cancel)) > 0)
        {
            total += read;
        }

        return total > limit ? null : buffer[..total];
    }
}
