using System.Net;
using KioskGuide.Central.Feed.Configuration;

namespace KioskGuide.Central.Feed.Endpoints;

internal static class BaseUrl
{
    /// <summary>
    /// The base URL of every absolute link (no trailing slash): Feed:PublicBaseUrl, or the configured listen address
    /// with the port this connection came in on. Never the request's Host header, which a client chooses: a forged
    /// one must not end up in a cached page's links. (Beyond loopback the server does not start without
    /// PublicBaseUrl.)
    /// </summary>
    public static string Of(HttpRequest request, FeedOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        var address = IPAddress.TryParse(options.ListenAddress, out var listen) && !listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any)
            ? listen
            : IPAddress.Loopback;
        return new UriBuilder(Uri.UriSchemeHttp, address.ToString(), request.HttpContext.Connection.LocalPort).Uri.GetLeftPart(UriPartial.Authority);
    }
}
