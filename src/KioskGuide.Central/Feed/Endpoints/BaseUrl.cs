using KioskGuide.FeedServer.Configuration;

namespace KioskGuide.FeedServer.Endpoints;

internal static class BaseUrl
{
    /// <summary>The public base URL (no trailing slash): configured, or this request's own scheme and host.</summary>
    public static string Of(HttpRequest request, FeedOptions options) =>
        !string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? options.PublicBaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
}
