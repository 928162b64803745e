using System.Net;
using System.Net.Sockets;

namespace KioskGuide.Sync.Http;

/// <summary>The HTTP handler sync uses: no redirects (a redirect could lead to another host), compression, counted bytes.</summary>
public static class SyncHttp
{
    public const string ClientName = "kioskguide-feed";

    public static SocketsHttpHandler CreateHandler(WireCounter counter, TimeSpan connectTimeout) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = true,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new CountingStream(new NetworkStream(socket, ownsSocket: true), counter);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
