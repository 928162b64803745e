using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>
/// The durability proof, 200 runs (scripts/bench-input.sh does 1,000), run as the built bench command
/// (bench/KioskGuide.InputDurability): the kiosk outbox driver is SIGKILLed at a random point in every run while the
/// server is SIGKILLed and restarted in phases, down about half the runs. Afterwards every answer the kiosk reported
/// as committed is on the server exactly once, unchanged. The test reads the command's one-line summary.
/// </summary>
public sealed partial class DurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hundred_kiosk_kills_with_the_server_down_half_the_time_lose_and_duplicate_nothing()
    {
        var work = Path.Combine(Path.GetTempPath(), $"kioskguide-durability-test-{Guid.NewGuid():N}");

        var (code, log) = await AppProcess.RunAsync(
            BuiltApps.BenchDll("KioskGuide.InputDurability"), ["run", "--cycles", "200", "--work", work], TimeSpan.FromMinutes(8));
        output.WriteLine(log);
        var summary = Summary().Matches(log).Select(m => m.Groups[1].Value).LastOrDefault();
        Assert.True(summary is not null, "the durability command printed no summary line");
        var figures = summary.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        int Figure(string name) => int.Parse(figures[name], CultureInfo.InvariantCulture);

        Assert.Equal(0, Figure("lost"));
        Assert.Equal(0, Figure("duplicated"));
        Assert.Equal(0, Figure("not_on_server"));
        Assert.Equal(0, Figure("altered"));
        Assert.Equal(0, Figure("rejected"));
        Assert.Equal(0, Figure("pending"));
        Assert.True(Figure("confirmed") >= 100, $"only {Figure("confirmed")} answers were confirmed: the runs did too little to prove anything");
        Assert.InRange(Figure("server_down_runs"), 60, 140);
        Assert.Equal(0, code);
        Directory.Delete(work, recursive: true);
    }

    [GeneratedRegex(@"^(runs=\d+ .*duplicated=\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
