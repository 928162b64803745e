using KioskGuide.InputDurability;
using Xunit.Abstractions;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>
/// Issue 4's proof, 200 runs (scripts/bench-input.sh does 1,000): the kiosk outbox driver is SIGKILLed at a
/// random point in every run while the server is SIGKILLed and restarted in phases, down about half the runs.
/// Afterwards every answer the kiosk reported as committed is on the server exactly once, unchanged.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hundred_kiosk_kills_with_the_server_down_half_the_time_lose_and_duplicate_nothing()
    {
        var work = Path.Combine(Path.GetTempPath(), $"kioskguide-durability-test-{Guid.NewGuid():N}");
        using var log = new StringWriter();

        var result = await DurabilityRun.RunAsync(new DurabilitySettings { Cycles = 200, WorkDirectory = work }, log);
        output.WriteLine(log.ToString());
        output.WriteLine(result.Summary);

        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(0, result.NotOnServer);
        Assert.Equal(0, result.Altered);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(0, result.Pending);
        Assert.True(result.Confirmed >= 100, $"only {result.Confirmed} answers were confirmed: the runs did too little to prove anything");
        Assert.InRange(result.ServerDownRuns, 60, 140);
        Directory.Delete(work, recursive: true);
    }
}
