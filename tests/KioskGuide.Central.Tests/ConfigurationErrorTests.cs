namespace KioskGuide.Central.Tests;

/// <summary>A bad setting on the central server: exit code 78 (RestartPreventExitStatus in the unit file) and one line naming it.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("--Feed:TombstoneRetentionDays=2", "Feed:TombstoneRetentionDays", "between 7 and 3650")]
    [InlineData("--Feed:Port=web", "Feed:Port", "a whole number")]
    public async Task A_bad_setting_is_one_line_naming_it_and_exit_code_78(string setting, string named, string allowed)
    {
        string data = Path.Combine(Path.GetTempPath(), "kioskguide-central-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            var (exit, output) = await AppProcess.RunAsync(BuiltApps.CentralDll,
                ["--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(data, "feed.db")}", $"--CitizenInput:DatabasePath={Path.Combine(data, "input.db")}", setting],
                TimeSpan.FromSeconds(60));

            Assert.Equal(78, exit);
            var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("KioskGuide central: configuration error:", line, StringComparison.Ordinal);
            Assert.Contains(named, line, StringComparison.Ordinal);
            Assert.Contains(allowed, line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
