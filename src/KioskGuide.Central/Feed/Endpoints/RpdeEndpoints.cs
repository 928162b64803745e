using System.Buffers;
using System.Globalization;
using System.Text.Json;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed.Endpoints;

/// <summary>
/// RPDE 1.1 feeds ordered by change number (<c>modified</c> = the number, so no clock is involved).
/// The ETag is computed from the page's count and last number before its content is read: an idle
/// kiosk's poll costs one index lookup and a 304.
/// </summary>
internal static class RpdeEndpoints
{
    /// <summary>Bumped when the page format changes, so old ETags stop matching.</summary>
    private const string FormatVersion = "rpde-1";

    public static void Map(IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/").WithTags("RPDE");
        feeds.MapGet(HsdsProfile.ServicesFeedPath, (HttpContext context, long? afterChangeNumber) =>
            ServeAsync(context, HsdsProfile.ServiceKind, HsdsProfile.ServicesFeedPath, afterChangeNumber));
        feeds.MapGet(HsdsProfile.TaxonomyFeedPath, (HttpContext context, long? afterChangeNumber) =>
            ServeAsync(context, HsdsProfile.TaxonomyTermKind, HsdsProfile.TaxonomyFeedPath, afterChangeNumber));
    }

    private static async Task<Results<CachedBody, NotModifiedBody, ProblemHttpResult>> ServeAsync(
        HttpContext context, string kind, string path, long? afterChangeNumber)
    {
        long after = afterChangeNumber ?? 0;
        if (after < 0)
        {
            return TypedResults.Problem($"{HsdsProfile.AfterChangeNumber} must be 0 or more.", statusCode: StatusCodes.Status400BadRequest);
        }

        var services = context.RequestServices;
        var store = services.GetRequiredService<IFeedStore>();
        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var visibleBefore = services.GetRequiredService<TimeProvider>().GetUtcNow() - options.VisibilityDelay;
        string feedUrl = $"{BaseUrl.Of(context.Request, options)}/{path}";
        var ct = context.RequestAborted;

        var peek = await store.PeekChangesAsync(kind, after, options.PageSize, visibleBefore, ct);
        var peekETag = ETag(kind, feedUrl, after, peek);
        if (HttpCaching.IsFresh(context.Request, peekETag))
        {
            return new NotModifiedBody(peekETag, CacheControl(peek));
        }

        var changes = await store.ReadChangesAsync(kind, after, options.PageSize, visibleBefore, ct);
        // The page is described by what was actually read, in case a change became visible in between.
        var read = new ChangePeek(changes.Count, changes.Count == 0 ? after : changes[^1].ChangeNumber);
        var body = Page(kind, $"{feedUrl}?{HsdsProfile.AfterChangeNumber}={read.LastChangeNumber.ToString(CultureInfo.InvariantCulture)}", changes, options.License);
        return new CachedBody(body, CacheControl(read), ETag(kind, feedUrl, after, read));
    }

    /// <summary>The last page (no items; next is itself) may grow at any moment; full pages never change.</summary>
    private static string CacheControl(ChangePeek page) => page.Count == 0 ? HttpCaching.LastPage : HttpCaching.StablePage;

    /// <summary>
    /// Strong: a change re-numbers its object, so for one cursor the same (count, last number) always
    /// means the same items with the same content.
    /// </summary>
    private static string ETag(string kind, string feedUrl, long after, ChangePeek page) =>
        HttpCaching.ETagFor(string.Create(CultureInfo.InvariantCulture, $"{FormatVersion}|{kind}|{feedUrl}|{after}|{page.Count}|{page.LastChangeNumber}"));

    private static ReadOnlyMemory<byte> Page(string kind, string next, IReadOnlyList<FeedChange> changes, string license)
    {
        var buffer = new ArrayBufferWriter<byte>(4096 + (changes.Count * 4096));
        using (var writer = new Utf8JsonWriter(buffer, FeedJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("next", next);
            writer.WriteStartArray("items");
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                writer.WriteString("state", change.Json is null ? "deleted" : "updated");
                writer.WriteString("kind", kind);
                writer.WriteString("id", change.Id);
                writer.WriteNumber("modified", change.ChangeNumber);
                if (change.Json is not null)
                {
                    writer.WritePropertyName("data");
                    writer.WriteRawValue(change.Json, skipInputValidation: true); // Validated on import.
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("license", license);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
