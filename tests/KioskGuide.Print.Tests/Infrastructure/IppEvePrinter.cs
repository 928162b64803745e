using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KioskGuide.Print.Tests.Infrastructure;

/// <summary>
/// A real IPP Everywhere printer for the tests: CUPS's ippeveprinter on a free loopback port, keeping
/// every job in a spool folder. Its print command is /bin/true: without one it pretends to print for
/// 5–15 s a job and answers "busy" meanwhile. It needs D-Bus even with DNS-SD off, so it gets a private dbus-daemon.
/// Both processes are ended by their own ids when disposed.
/// </summary>
public sealed class IppEvePrinter : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-ipp-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _printer;
    private int _dbusPid;

    public int Port { get; private set; }

    public string SpoolFolder => Path.Combine(_folder, "spool");

    public string Uri => $"ipp://localhost:{Port}/ipp/print";

    public async Task InitializeAsync()
    {
        Tools.Require(Tools.Ippeveprinter);
        Tools.Require(Tools.DbusDaemon);
        Directory.CreateDirectory(SpoolFolder);

        var bus = Path.Combine(_folder, "bus");
        var (exit, output, error) = await Tools.RunAsync(Tools.DbusDaemon, "--session", $"--address=unix:path={bus}", "--fork", "--print-pid", "--nopidfile");
        Assert.True(exit == 0, $"dbus-daemon did not start: {error}");
        _dbusPid = int.Parse(output.Trim().Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);

        Port = FreePort();
        var start = new ProcessStartInfo(Tools.Ippeveprinter) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", $"{Port}", "-n", "localhost", "-r", "off", "-f", "application/pdf", "-k", "-d", SpoolFolder, "-c", "/bin/true", "Kiosk Test" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DBUS_SYSTEM_BUS_ADDRESS"] = $"unix:path={bus}";
        _printer = Process.Start(start)!;
        _printer.OutputDataReceived += (_, _) => { };
        _printer.ErrorDataReceived += (_, _) => { };
        _printer.BeginOutputReadLine();
        _printer.BeginErrorReadLine();

        // Ready when it accepts connections; a few hundred milliseconds on this machine.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_printer.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The spooled file whose name contains <paramref name="nameContains"/>, once it has all <paramref name="length"/> bytes (waits up to 5 s).</summary>
    public async Task<string?> SpooledFileAsync(string nameContains, long length)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var file = Directory.GetFiles(SpoolFolder, "*.pdf").FirstOrDefault(f => Path.GetFileName(f).Contains(nameContains, StringComparison.Ordinal));
            if ((file is not null && new FileInfo(file).Length >= length) || DateTime.UtcNow > deadline)
            {
                return file;
            }
            await Task.Delay(50);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        if (_printer is { HasExited: false })
        {
            _printer.Kill();
            _printer.WaitForExit(2000);
        }
        _printer?.Dispose();
        if (_dbusPid > 0)
        {
            try
            {
                using var dbus = Process.GetProcessById(_dbusPid);
                dbus.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        return Task.CompletedTask;
    }
}
