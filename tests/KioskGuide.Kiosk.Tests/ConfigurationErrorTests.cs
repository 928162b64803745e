namespace KioskGuide.Kiosk.Tests;

/// <summary>
/// A bad setting, as systemd sees it: the built kiosk host exits with 78 (EX_CONFIG, which the unit file's
/// RestartPreventExitStatus names) and one line on standard error naming the setting and what it may be.
/// </summary>
public sealed class ConfigurationErrorTests
{
    private static async Task<(int ExitCode, string[] Lines)> RunKioskAsync(params string[] settings)
    {
        string data = Path.Combine(Path.GetTempPath(), "kioskguide-config-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = await AppProcess.RunAsync(BuiltApps.KioskDll, [$"--Kiosk:DataDirectory={data}", "--Kiosk:Port=0", .. settings], TimeSpan.FromSeconds(60));
            return (exit, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--Kiosk:IdleWarningSeconds=5", "Kiosk:IdleWarningSeconds", "at least 20")]
    [InlineData("--Kiosk:ContentSource=Feed", "Kiosk:ContentSource", "one of Demo, Store")]
    [InlineData("--Kiosk:IdleTimeoutSeconds=soon", "Kiosk:IdleTimeoutSeconds", "a whole number")]
    [InlineData("--Print:Printer=Ipp", "Print:PrinterUri", "ipp://")]
    public async Task A_bad_setting_is_one_line_naming_it_and_what_is_allowed_and_exit_code_78(string setting, string named, string allowed)
    {
        var (exit, lines) = await RunKioskAsync(setting);

        Assert.Equal(78, exit);
        var line = Assert.Single(lines);
        Assert.StartsWith("KioskGuide kiosk: configuration error:", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains(allowed, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_files_tell_systemd_not_to_restart_after_exit_code_78()
    {
        foreach (var unit in Directory.GetFiles(Path.Combine(BuiltApps.RepoRoot, "deploy"), "*.service"))
        {
            Assert.Contains("\nRestartPreventExitStatus=78\n", File.ReadAllText(unit).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }
}
