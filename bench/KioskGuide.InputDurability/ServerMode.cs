using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KioskGuide.InputDurability;

/// <summary>
/// The central server for the proof: the real central server with one kiosk token, no
/// offers, no rate limit to speak of (the proof sends far more than 30 answers a minute). Killed with SIGKILL at will.
/// </summary>
internal static class ServerMode
{
    public static async Task RunAsync(Dictionary<string, string> o)
    {
        var folder = Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o["db"]))!).FullName;
        string[] args =
        [
            $"--contentRoot={folder}",
            $"--Feed:Port={o["port"]}",
            $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}",
            "--Feed:SeedDemoContent=false",
            $"--CitizenInput:DatabasePath={o["db"]}",
            "--CitizenInput:PermitsPerMinute=100000",
            $"--CitizenInput:Kiosks:0:KioskId={o["kiosk"]}",
            $"--CitizenInput:Kiosks:0:TokenSha256={o["token-sha256"]}",
            "--CitizenInput:Areas:0=Åbæk",
        ];
        await using var app = CentralApp.Build(args, services => services.AddLogging(logging =>
        {
            // Only the intake's lines, so the run can count replays (a kiosk killed between the 2xx and marking the answer sent).
            logging.ClearProviders();
            logging.AddProvider(new LineLoggerProvider(typeof(ResponseIntake).FullName!));
        }));
        await app.RunAsync();
    }
}
