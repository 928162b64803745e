namespace KioskGuide.Central.Feed.Endpoints;

/// <summary>
/// A typed result for the feed's bodies: strong ETag (from the body, or the one given when the caller knows it
/// without hashing, as RPDE pages do), 304 when the client holds it, gzip when accepted.
/// </summary>
internal sealed class CachedBody(ReadOnlyMemory<byte> body, string cacheControl, string? identityETag = null, string contentType = CachedBody.Json) : IResult
{
    public const string Json = "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var (etag, gzip) = HttpCaching.Negotiate(httpContext.Request, identityETag ?? HttpCaching.ETagFor(body.Span));
        return HttpCaching.TryNotModified(httpContext, etag, cacheControl)
            ? Task.CompletedTask
            : HttpCaching.WriteAsync(httpContext, body, etag, gzip, cacheControl, contentType);
    }
}

/// <summary>304 decided before the body was read (an idle kiosk's RPDE poll costs one index lookup).</summary>
internal sealed class NotModifiedBody(string identityETag, string cacheControl) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var (etag, _) = HttpCaching.Negotiate(httpContext.Request, identityETag);
        HttpCaching.TryNotModified(httpContext, etag, cacheControl);
        return Task.CompletedTask;
    }
}
