using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using KioskGuide.Kiosk.Operations;

namespace KioskGuide.Kiosk.Tests;

/// <summary>The built kiosk pings the systemd watchdog on the notify socket systemd gives it.</summary>
public sealed partial class SystemdWatchdogTests
{
    [Fact]
    public async Task The_kiosk_pings_WATCHDOG_1_at_half_the_interval_on_NOTIFY_SOCKET()
    {
        var folder = TestOutput.FreshFolder("systemd-watchdog");
        var socketPath = Path.Combine(folder, "notify.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        var (kiosk, _) = await AppProcess.StartAsync(
            BuiltApps.KioskDll,
            ["--Kiosk:Port=0", $"--Kiosk:DataDirectory={Path.Combine(folder, "data")}"],
            ReadyLine(),
            new Dictionary<string, string> { ["NOTIFY_SOCKET"] = socketPath, ["WATCHDOG_USEC"] = "2000000" });
        await using (kiosk)
        {
            var pings = 0;
            var buffer = new byte[256];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (pings < 3)
            {
                var received = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (Encoding.ASCII.GetString(buffer, 0, received).Contains("WATCHDOG=1", StringComparison.Ordinal))
                {
                    pings++;
                }
            }

            Assert.Equal(3, pings);
        }
    }

    [Theory]
    [InlineData("60000000", 60)]
    [InlineData("", null)]
    [InlineData("-5", null)]
    [InlineData("abc", null)]
    public void WATCHDOG_USEC_is_read_as_microseconds(string value, int? seconds)
    {
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), SystemdWatchdog.Interval(value));
    }

    [GeneratedRegex("kiosk is ready")]
    private static partial Regex ReadyLine();
}
