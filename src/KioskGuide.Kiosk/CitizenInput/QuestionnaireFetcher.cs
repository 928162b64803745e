using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// One conditional GET of the central server's current questionnaire: 304 when the kiosk already has it,
/// otherwise the body, read up to a size limit and checked with the domain's <see cref="QuestionnaireValidator"/>.
/// </summary>
public sealed class QuestionnaireFetcher(IHttpClientFactory httpClients, IOptions<InputOptions> options)
{
    public const string QuestionnairePath = "api/input/questionnaire";

    /// <summary>A questionnaire is a few kilobytes; anything far larger is not one.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <param name="knownETags">ETags the kiosk needs not download again: the saved one and any it refused.</param>
    public async Task<FetchedQuestionnaire> FetchAsync(IEnumerable<string> knownETags, CancellationToken cancellationToken)
    {
        var server = options.Value.ServerUrl ?? throw new InvalidOperationException("Input:ServerUrl is not set.");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, QuestionnairePath));
        foreach (var tag in knownETags)
        {
            if (EntityTagHeaderValue.TryParse(tag, out var parsed))
            {
                request.Headers.IfNoneMatch.Add(parsed);
            }
        }

        try
        {
            using var response = await httpClients.CreateClient(ResponseUploader.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var etag = response.Headers.ETag?.ToString();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchedQuestionnaire.NotModified();
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchedQuestionnaire.Failed($"the server answered {(int)response.StatusCode}");
            }

            if (await ReadLimitedAsync(response.Content, cancellationToken) is not { } json)
            {
                return new FetchedQuestionnaire.Refused($"it is larger than {MaxBytes / 1024} KB", etag);
            }

            try
            {
                return new FetchedQuestionnaire.Delivered(CitizenInputJson.DeserializeQuestionnaire(json), json, etag);
            }
            catch (JsonException ex)
            {
                return new FetchedQuestionnaire.Refused(ex.Message, etag);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new FetchedQuestionnaire.Failed($"no answer from the server: {ex.Message}");
        }
    }

    /// <summary>The body as text, or null when it is over <see cref="MaxBytes"/>.</summary>
    private static async Task<string?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}

/// <summary>What one check of the central server's questionnaire found.</summary>
public abstract record FetchedQuestionnaire
{
    /// <summary>The kiosk already has the current questionnaire (or has refused it before).</summary>
    public sealed record NotModified : FetchedQuestionnaire;

    /// <summary>A questionnaire that passed validation, with the JSON to save and its ETag.</summary>
    public sealed record Delivered(Questionnaire Questionnaire, string Json, string? ETag) : FetchedQuestionnaire;

    /// <summary>The server sent something that must not be asked.</summary>
    public sealed record Refused(string Reason, string? ETag) : FetchedQuestionnaire;

    /// <summary>No usable answer: offline, a timeout, a 5xx.</summary>
    public sealed record Failed(string Reason) : FetchedQuestionnaire;
}
