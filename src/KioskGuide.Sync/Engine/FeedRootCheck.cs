using System.Text.Json;
using KioskGuide.Sync.Http;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Engine;

/// <summary>
/// <c>GET /</c> of the feed: an HSDS 3 API, and in RPDE mode one that names an accepted profile. A feed
/// that is not stops sync (the kiosk keeps showing what it has) rather than being misread.
/// </summary>
public sealed class FeedRootCheck(FeedClient client, IOptions<SyncOptions> options)
{
    /// <returns>Null when the feed can be followed; otherwise the outcome to report.</returns>
    public async Task<SyncOutcome?> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var response = await client.GetAsync(settings.RootUri(), null, cancellationToken);
        if (response.Kind != FeedResponseKind.Ok)
        {
            return new SyncOutcome
            {
                Result = SyncResult.Failed, Problem = response.Problem ?? $"{settings.RootUri()} answered 304 unasked",
                RetryAfter = response.RetryAfter, Gone = response.Gone,
            };
        }

        string? version = null, profile = null;
        try
        {
            using var document = JsonDocument.Parse(response.Body, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                version = Text(document.RootElement, "version");
                profile = Text(document.RootElement, "profile");
            }
        }
        catch (JsonException)
        {
            // Reported below as "no version".
        }

        if (version is null || !version.StartsWith("3.", StringComparison.Ordinal))
        {
            return Unsupported($"{settings.RootUri()} is not an HSDS 3 API (version {version ?? "missing"}); sync is paused and the kiosk keeps its offers");
        }

        if (settings.Mode == SyncMode.Rpde && (profile is null || !settings.AcceptedProfiles.Contains(profile, StringComparer.Ordinal)))
        {
            return Unsupported($"{settings.RootUri()} publishes profile {profile ?? "(none)"}, not one this kiosk accepts ({string.Join(", ", settings.AcceptedProfiles)}); sync is paused and the kiosk keeps its offers");
        }

        return null;
    }

    private static SyncOutcome Unsupported(string problem) => new() { Result = SyncResult.Unsupported, Problem = problem };

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
