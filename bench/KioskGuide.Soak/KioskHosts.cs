using System.Globalization;
using System.Text.RegularExpressions;
using KioskGuide.Testing;

namespace KioskGuide.Soak;

/// <summary>Starts kiosk hosts as their own processes on a free loopback port.</summary>
internal static class KioskHosts
{
    private static readonly Regex Ready = new(@"Open http://127\.0\.0\.1:(\d+)/");

    /// <summary>Opening hours of a real branch library: Saturday short, Sunday closed; public holidays closed.</summary>
    public static readonly string[] LibraryHours =
    [
        "--OpeningHours:Days:Monday=10:00-19:00", "--OpeningHours:Days:Tuesday=10:00-19:00", "--OpeningHours:Days:Wednesday=10:00-19:00",
        "--OpeningHours:Days:Thursday=10:00-19:00", "--OpeningHours:Days:Friday=10:00-17:00", "--OpeningHours:Days:Saturday=10:00-14:00",
        "--OpeningHours:Days:Sunday=lukket",
    ];

    /// <summary>
    /// The published kiosk's executable (README's deploy step, ready-to-run) when --published names its folder;
    /// else the built KioskGuide.Kiosk.dll.
    /// </summary>
    public static string? PublishedFolder { get; set; }

    /// <summary>The shipped kiosk host, as a cold start measures it.</summary>
    public static Task<(AppProcess Host, int Port)> StartShippedAsync(string data, params string[] settings) =>
        StartAsync(PublishedFolder is null ? BuiltApps.KioskDll : Path.Combine(PublishedFolder, "KioskGuide.Kiosk"), data, settings);

    /// <summary>The same host with the benchmark's movable clock (bench/KioskGuide.Soak.Host).</summary>
    public static Task<(AppProcess Host, int Port)> StartWithClockAsync(string data, params string[] settings) =>
        StartAsync(BuiltApps.BenchDll("KioskGuide.Soak.Host"), data, settings);

    private static async Task<(AppProcess Host, int Port)> StartAsync(string dll, string data, string[] settings)
    {
        var (host, ready) = await AppProcess.StartAsync(
            dll,
            ["--Kiosk:Port=0", $"--Kiosk:DataDirectory={data}", "--Print:DailyPageCap=100000", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:KioskGuide.Kiosk=Information", "--Logging:LogLevel:KioskGuide.Soak.Host=Information", .. settings],
            Ready,
            DeployedEnvironment.Value);
        return (host, int.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The MALLOC_* settings of deploy/kioskguide-kiosk.service: the host is measured as it is deployed.</summary>
    private static readonly Lazy<Dictionary<string, string>> DeployedEnvironment = new(() =>
        File.ReadLines(Path.Combine(BuiltApps.RepoRoot, "deploy", "kioskguide-kiosk.service"))
            .Where(l => l.StartsWith("Environment=MALLOC_", StringComparison.Ordinal))
            .SelectMany(l => l["Environment=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal));

    /// <summary>Lines the host logged at error or critical level.</summary>
    public static List<string> Errors(AppProcess host)
    {
        var output = host.Output;
        return Enumerable.Range(0, output.Count)
            .Where(i => output[i].StartsWith("fail:", StringComparison.Ordinal) || output[i].StartsWith("crit:", StringComparison.Ordinal))
            .Select(i => output[i] + (i + 1 < output.Count ? " " + output[i + 1].Trim() : ""))
            .ToList();
    }
}
