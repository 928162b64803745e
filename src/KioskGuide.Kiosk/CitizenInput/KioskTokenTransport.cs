using System.Net;
using System.Net.Http.Headers;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// Where the kiosk token may go: over https to any host, over plain http only to this machine (a test server on
/// loopback). Checked when the options are validated (the kiosk refuses to start) and again on every request the
/// token is put on, so a redirect or a changed URL can never carry it elsewhere.
/// </summary>
public static class KioskTokenTransport
{
    public static bool MaySend(Uri target) =>
        target.IsAbsoluteUri
        && (target.Scheme == Uri.UriSchemeHttps
            || target.Scheme == Uri.UriSchemeHttp && IsLoopback(target));

    /// <summary>Puts the token on <paramref name="request"/> if it may go there; returns whether it did.</summary>
    public static bool Authorize(HttpRequestMessage request, string? token)
    {
        if (string.IsNullOrEmpty(token) || request.RequestUri is not { } uri || !MaySend(uri))
        {
            return false;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
}
