using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace KioskGuide.Kiosk.Tests.Security;

/// <summary>
/// The built kiosk host run as its own process (<c>dotnet KioskGuide.Kiosk.dll</c>), configured the way an
/// attacker with access to a site file or the service's environment would: it must still listen on loopback only,
/// send its security headers, keep its keys in its own data folder and its files private.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class KioskProcessTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kioskguide-process-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Listens_on_loopback_only_whatever_Kestrel_Endpoints_and_urls_say()
    {
        int lanPort = FreePort(), urlsPort = FreePort();
        await using var kiosk = await KioskProcess.StartAsync(
            $"--Kiosk:DataDirectory={_data}", "--Kiosk:Port=0",
            $"--Kestrel:Endpoints:Lan:Url=http://0.0.0.0:{lanPort}", $"--urls=http://0.0.0.0:{urlsPort}");

        Assert.NotEmpty(kiosk.Addresses);
        Assert.All(kiosk.Addresses, a => Assert.StartsWith("http://127.0.0.1:", a, StringComparison.Ordinal));
        foreach (var address in NonLoopbackAddresses())
        {
            Assert.False(await CanConnectAsync(address, lanPort), $"something listens on {address}:{lanPort}");
            Assert.False(await CanConnectAsync(address, urlsPort), $"something listens on {address}:{urlsPort}");
            Assert.False(await CanConnectAsync(address, new Uri(kiosk.Addresses[0]).Port), $"the kiosk's port is open on {address}");
        }
    }

    [Fact]
    public async Task Every_page_has_a_strict_csp_nosniff_no_referrer_and_is_not_cached()
    {
        await using var kiosk = await KioskProcess.StartAsync($"--Kiosk:DataDirectory={_data}", "--Kiosk:Port=0");
        using var http = new HttpClient { BaseAddress = new Uri(kiosk.Addresses[0]) };

        foreach (var path in new[] { "/", "/search", "/say", "/not-a-page" })
        {
            using var response = await http.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotMatch(InlineScript(), html);
            }
        }
    }

    [Fact]
    public async Task Keeps_its_keys_in_its_data_folder_and_its_files_private()
    {
        await using (var kiosk = await KioskProcess.StartAsync($"--Kiosk:DataDirectory={_data}", "--Kiosk:Port=0"))
        {
            using var http = new HttpClient { BaseAddress = new Uri(kiosk.Addresses[0]) };
            (await http.GetAsync("/")).EnsureSuccessStatusCode(); // renders a protected component marker: a key exists now
        }

        var keys = Path.Combine(_data, "keys");
        Assert.True(Directory.Exists(keys), "no keys folder in the data folder");
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        foreach (var file in Directory.GetFiles(keys).Concat(Directory.GetFiles(_data, "kiosk.db*")))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.NotEmpty(Directory.GetFiles(_data, "kiosk.db*"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IEnumerable<IPAddress> NonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    private static async Task<bool> CanConnectAsync(IPAddress address, int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address, port).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The kiosk host as a child process; waits for its "ready. Open …" lines.</summary>
    private sealed partial class KioskProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private KioskProcess(Process process, List<string> addresses)
        {
            _process = process;
            Addresses = addresses;
        }

        public List<string> Addresses { get; }

        public static async Task<KioskProcess> StartAsync(params string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KioskGuide.Kiosk.dll"));
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            var process = Process.Start(info)!;
            var output = new List<string>();
            var addresses = new List<string>();
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnLine(object? _, DataReceivedEventArgs e)
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (output)
                {
                    output.Add(e.Data);
                    if (Ready().Match(e.Data) is { Success: true } match)
                    {
                        addresses.Add(match.Groups["url"].Value);
                    }

                    if (e.Data.Contains("Application started", StringComparison.Ordinal))
                    {
                        ready.TrySetResult();
                    }
                }
            }

            process.OutputDataReceived += OnLine;
            process.ErrorDataReceived += OnLine;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
                await Task.Delay(200); // the address lines come from the same ApplicationStarted callbacks
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                lock (output)
                {
                    throw new InvalidOperationException("The kiosk did not start:\n" + string.Join('\n', output));
                }
            }

            lock (output)
            {
                return new KioskProcess(process, [.. addresses]);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        [GeneratedRegex(@"Open (?<url>http://[^\s/]+)/")]
        private static partial Regex Ready();
    }
}
