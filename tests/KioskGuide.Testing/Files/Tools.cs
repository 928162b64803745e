using Xunit;
using System.Diagnostics;

namespace KioskGuide.Testing;

/// <summary>The command-line tools the tests check output with. A missing tool fails the test with the package to install; it never skips.</summary>
public static class Tools
{
    public const string Pdftoppm = "/usr/bin/pdftoppm";
    public const string Pdftotext = "/usr/bin/pdftotext";
    public const string Pdfinfo = "/usr/bin/pdfinfo";
    public const string Pdffonts = "/usr/bin/pdffonts";
    public const string Zbarimg = "/usr/bin/zbarimg";
    public const string Ippeveprinter = "/usr/sbin/ippeveprinter";
    public const string DbusDaemon = "/usr/bin/dbus-daemon";

    private static readonly Dictionary<string, string> Packages = new()
    {
        [Pdftoppm] = "poppler-utils",
        [Pdftotext] = "poppler-utils",
        [Pdfinfo] = "poppler-utils",
        [Pdffonts] = "poppler-utils",
        [Zbarimg] = "zbar-tools",
        [Ippeveprinter] = "cups-ipp-utils",
        [DbusDaemon] = "dbus",
    };

    public static void Require(string tool)
    {
        Assert.True(File.Exists(tool), $"{tool} is missing: install {Packages.GetValueOrDefault(tool, "it")} (scripts/install-test-deps.sh).");
    }

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        Require(tool);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Every page of a PDF rendered as pdftoppm -r 150 -png does, then every QR code on them as zbarimg reads it.</summary>
    public static async Task<List<string>> DecodeQrCodesAsync(string pdf, string pngPrefix)
    {
        var (exit, _, error) = await RunAsync(Pdftoppm, "-r", "150", "-png", pdf, pngPrefix);
        Assert.True(exit == 0, $"pdftoppm failed: {error}");
        var pages = Directory.GetFiles(Path.GetDirectoryName(pngPrefix)!, Path.GetFileName(pngPrefix) + "*.png").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(pages);
        return await DecodePngsAsync(pages);
    }

    public static async Task<List<string>> DecodePngsAsync(params string[] pngs)
    {
        var codes = new List<string>();
        foreach (var png in pngs)
        {
            // --raw prints each code's text on its own line; exit 4 means "no code found", which the caller's assertions judge.
            var (exit, output, error) = await RunAsync(Zbarimg, "--raw", "-q", png);
            Assert.True(exit is 0 or 4, $"zbarimg failed on {png} with {exit}: {error}");
            codes.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return codes;
    }

    /// <summary>Renders every page to <paramref name="prefix"/>-N.png at <paramref name="dpi"/> (to look at); returns the files in order.</summary>
    public static async Task<IReadOnlyList<string>> PngAsync(string pdf, string prefix, int dpi = 80)
    {
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        var (exit, _, error) = await RunAsync(Pdftoppm, "-r", $"{dpi}", "-png", pdf, prefix);
        Assert.True(exit == 0, $"pdftoppm failed: {error}");
        return [.. Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    public static async Task<string> TextAsync(string pdf, int? page = null)
    {
        var arguments = page is int p ? new[] { "-f", $"{p}", "-l", $"{p}", "-layout", pdf, "-" } : ["-layout", pdf, "-"];
        var (exit, output, error) = await RunAsync(Pdftotext, arguments);
        Assert.True(exit == 0, $"pdftotext failed: {error}");
        return output;
    }
}
