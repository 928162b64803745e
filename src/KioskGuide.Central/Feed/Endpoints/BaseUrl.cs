using KioskGuide.Central.Feed.Configuration;

namespace KioskGuide.Central.Feed.Endpoints;

internal static class BaseUrl
{
    /// <summary>The public base URL (no trailing slash): configured, or this request's own scheme and host.</summary>
    public static string Of(HttpRequest request, FeedOptions options) =>
        !string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? options.PublicBaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
}
