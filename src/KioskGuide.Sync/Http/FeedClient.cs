using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Http;

/// <summary>
/// GETs one feed document: conditional (If-None-Match with the server's own ETag), time-limited as a
/// whole, and capped in size while reading, so neither a 50 MB body nor a slow drip can hurt the kiosk.
/// </summary>
public sealed class FeedClient(IHttpClientFactory clients, IOptions<SyncOptions> options, TimeProvider time)
{
    private const int ChunkSize = 64 * 1024;

    public async Task<FeedResponse> GetAsync(Uri url, string? etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(etag))
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            var http = clients.CreateClient(SyncHttp.ClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var date = response.Headers.Date;
            var tag = response.Headers.ETag?.ToString();
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotModified:
                    return new FeedResponse { Kind = FeedResponseKind.NotModified, ETag = tag ?? etag, ServerDate = date };
                case HttpStatusCode.OK:
                    break;
                case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                    return FeedResponse.Failure($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response, date));
                case HttpStatusCode.NotFound or HttpStatusCode.Gone:
                    return FeedResponse.Failure($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}: the feed address is gone", gone: true);
                case >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest:
                    return FeedResponse.Failure($"{url} redirected to {response.Headers.Location}; redirects are not followed");
                default:
                    return FeedResponse.Failure($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response, date));
            }

            if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset
                && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return FeedResponse.Failure($"{url} is in charset {charset}, not UTF-8");
            }

            int cap = settings.MaxPageBytes;
            if (response.Content.Headers.ContentLength is { } announced && announced > cap)
            {
                return FeedResponse.Failure($"{url} announces {announced:N0} bytes, more than the {cap:N0}-byte page limit");
            }

            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            var bytes = await ReadCappedAsync(body, cap, linked.Token);
            if (bytes is null)
            {
                return FeedResponse.Failure($"{url} sent more than the {cap:N0}-byte page limit; reading stopped there");
            }

            // JSON must be UTF-8 (RFC 8259); checked whole, so no garbled text reaches the screen.
            return Utf8.IsValid(bytes)
                ? new FeedResponse { Kind = FeedResponseKind.Ok, Body = bytes, ETag = tag, ServerDate = date }
                : FeedResponse.Failure($"{url} is not valid UTF-8");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FeedResponse.Failure($"{url} gave no complete answer within {settings.RequestTimeoutSeconds} s");
        }
        catch (HttpRequestException ex)
        {
            return FeedResponse.Failure($"{url} could not be fetched: {ex.Message}");
        }
        catch (IOException ex)
        {
            return FeedResponse.Failure($"the connection to {url} broke while reading: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads to the end, or returns null as soon as more than <paramref name="cap"/> bytes arrive. The body is read in
    /// 64 KiB chunks from the shared pool and copied once into an array of its exact size: no doubling buffers of
    /// up to 8 MiB go back to ArrayPool.Shared, which keeps such arrays per core and bucket — a row of hostile
    /// 200 MB bodies had left about 75 MB of managed heap behind that way.
    /// </summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int cap, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        try
        {
            int length = 0, filled = ChunkSize;
            while (true)
            {
                if (filled == ChunkSize)
                {
                    chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                    filled = 0;
                }

                int read = await body.ReadAsync(chunks[^1].AsMemory(filled, ChunkSize - filled), cancellationToken);
                if (read == 0)
                {
                    var whole = GC.AllocateUninitializedArray<byte>(length);
                    for (int i = 0, at = 0; i < chunks.Count; i++, at += ChunkSize)
                    {
                        chunks[i].AsSpan(0, Math.Min(ChunkSize, length - at)).CopyTo(whole.AsSpan(at));
                    }

                    return whole;
                }

                filled += read;
                length += read;
                if (length > cap)
                {
                    return null;
                }
            }
        }
        finally
        {
            chunks.ForEach(chunk => ArrayPool<byte>.Shared.Return(chunk));
        }
    }

    /// <summary>Retry-After as seconds, or as a date measured against the server's own Date (never the kiosk's clock).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset? serverDate)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } until && serverDate is { } now)
        {
            return until > now ? until - now : TimeSpan.Zero;
        }

        return null;
    }
}
