using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KioskGuide.Central.Feed.Endpoints;

/// <summary>
/// Strong ETags, If-None-Match → 304, and gzip. A gzipped body is a different representation, so it
/// gets its own strong ETag (suffix "-gz"); If-None-Match is compared weakly, as RFC 9110 says.
/// </summary>
internal static class HttpCaching
{
    public const string LastPage = "public, max-age=8";
    public const string StablePage = "public, max-age=3600";
    public const string ShortLived = "public, max-age=60";

    /// <summary>A strong ETag made from anything that fully determines the body.</summary>
    public static string ETagFor(string seed) => ETagFor(Encoding.UTF8.GetBytes(seed));

    public static string ETagFor(ReadOnlySpan<byte> content) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(content)[..18]).Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>The ETag for this request's representation, and whether it will be gzipped.</summary>
    public static (string ETag, bool Gzip) Negotiate(HttpRequest request, string identityETag)
    {
        bool gzip = AcceptsGzip(request);
        return (gzip ? identityETag.Insert(identityETag.Length - 1, "-gz") : identityETag, gzip);
    }

    /// <summary>Answers 304 when the client already holds this representation; true when it did.</summary>
    public static bool TryNotModified(HttpContext context, string etag, string cacheControl)
    {
        if (!Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            return false;
        }

        SetHeaders(context.Response, etag, cacheControl);
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    public static async Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> body, string etag, bool gzip, string cacheControl, string contentType = "application/json; charset=utf-8")
    {
        var response = context.Response;
        SetHeaders(response, etag, cacheControl);
        response.ContentType = contentType;
        if (gzip)
        {
            using var compressed = new MemoryStream();
            await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(body, context.RequestAborted);
            }

            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = compressed.Length;
            await response.Body.WriteAsync(compressed.GetBuffer().AsMemory(0, (int)compressed.Length), context.RequestAborted);
        }
        else
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>True when the client already holds this representation (If-None-Match matches its ETag).</summary>
    public static bool IsFresh(HttpRequest request, string identityETag) => Matches(request.Headers.IfNoneMatch, Negotiate(request, identityETag).ETag);

    private static void SetHeaders(HttpResponse response, string etag, string cacheControl)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = "Accept-Encoding";
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            if (StringWithQualityHeaderValue.TryParseList(value?.Split(','), out var codings)
                && codings.Any(c => c.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        string opaque = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || (candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate) == opaque)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
