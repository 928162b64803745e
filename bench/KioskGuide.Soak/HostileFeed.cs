using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KioskGuide.Soak;

/// <summary>
/// A feed in front of the real central server that turns hostile on command. "/" (the feed root) always passes
/// through; the RPDE pages pass through in <see cref="Good"/> mode and otherwise get one of: a 200 MB chunked body,
/// a gzip bomb (1 GB of spaces in about 1 MB), a page cut off half-way against its Content-Length, or an error storm
/// (500s, 503 with Retry-After: 0, connections dropped without an answer). Raw sockets, so a response can lie.
/// </summary>
internal sealed class HostileFeed : IAsyncDisposable
{
    public const string Good = "good";
    public static readonly string[] Hostile = ["200 MB body", "gzip bomb", "truncated pages", "error storm"];

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lazy<byte[]> _bomb = new(MakeBomb);
    private int _requests;

    public HostileFeed(Uri upstream)
    {
        _upstream = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = upstream };
        _listener.Start();
        Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri Root { get; }

    public volatile string Mode = Good;

    /// <summary>Requests answered so far (to show the kiosk kept asking).</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, etag) = await ReadRequestAsync(stream);
                Interlocked.Increment(ref _requests);
                var mode = Mode;
                if (path == "/" || mode == Good)
                {
                    await ForwardAsync(stream, path, etag);
                }
                else
                {
                    await HostileAsync(stream, mode, client);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or HttpRequestException)
            {
                // The kiosk hung up (as it should on a 200 MB body): nothing to do.
            }
        }
    }

    private static async Task<(string Path, string? ETag)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16_384)
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                throw new IOException("closed");
            }

            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var etag = lines.FirstOrDefault(l => l.StartsWith("If-None-Match:", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Trim();
        return (lines[0].Split(' ')[1], etag);
    }

    private async Task ForwardAsync(NetworkStream stream, string path, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await _upstream.SendAsync(request);
        // The feed's links (RPDE "next") name the central server; the kiosk follows only its own feed root's origin.
        var body = Encoding.UTF8.GetBytes((await response.Content.ReadAsStringAsync()).Replace(_upstream.BaseAddress!.GetLeftPart(UriPartial.Authority), Root.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        var head = new StringBuilder($"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => h.Key is not ("Content-Length" or "Transfer-Encoding" or "Connection" or "Content-Encoding")))
        {
            head.Append(name).Append(": ").Append(string.Join(", ", values)).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(body);
    }

    private async Task HostileAsync(NetworkStream stream, string mode, TcpClient client)
    {
        switch (mode)
        {
            case "200 MB body":
                await Write(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
                var chunk = Encoding.ASCII.GetBytes("{\"items\":[" + new string(' ', 65_526));
                var framed = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();
                for (long sent = 0; sent < 200L * 1024 * 1024; sent += chunk.Length)
                {
                    await stream.WriteAsync(framed);
                }

                await Write(stream, "0\r\n\r\n");
                break;
            case "gzip bomb":
                var bomb = _bomb.Value;
                await Write(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {bomb.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(bomb);
                break;
            case "truncated pages":
                var page = Encoding.UTF8.GetBytes("{\"items\":[{\"state\":\"updated\",\"kind\":\"Service\",\"id\":\"" + new string('a', 60_000));
                await Write(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {page.Length * 2}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(page);
                break;
            default:
                switch (Requests % 3)
                {
                    case 0:
                        await Write(stream, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: close\r\n\r\nerror");
                        break;
                    case 1:
                        await Write(stream, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        break;
                    default:
                        client.Client.LingerState = new LingerOption(true, 0); // a reset, no answer at all
                        break;
                }

                break;
        }
    }

    private static Task Write(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();

    private static byte[] MakeBomb()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < 1024; i++)
            {
                gzip.Write(spaces);
            }
        }

        return packed.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _upstream.Dispose();
        _stop.Dispose();
    }
}
