using System.Diagnostics;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>pdftotext and pdftoppm (poppler-utils). A missing tool fails the test: it never skips.</summary>
public static class Poppler
{
    public static async Task<string> TextAsync(string pdf) =>
        await RunAsync("/usr/bin/pdftotext", "-layout", pdf, "-");

    /// <summary>Renders every page to <paramref name="prefix"/>-N.png at 80 dpi (to look at); returns the files.</summary>
    public static async Task<IReadOnlyList<string>> PngAsync(string pdf, string prefix)
    {
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        await RunAsync("/usr/bin/pdftoppm", "-r", "80", "-png", pdf, prefix);
        return [.. Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        Assert.True(File.Exists(tool), $"{tool} is missing: run scripts/install-test-deps.sh (it installs poppler-utils).");
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }
}
