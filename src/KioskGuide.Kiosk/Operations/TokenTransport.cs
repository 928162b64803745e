namespace KioskGuide.Kiosk.Operations;

/// <summary>Where the kiosk token may go: https anywhere, plain http only to this machine (tests, a local server).</summary>
public static class TokenTransport
{
    public static bool IsSafe(Uri server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.Scheme == Uri.UriSchemeHttps || (server.Scheme == Uri.UriSchemeHttp && server.IsLoopback);
    }
}
