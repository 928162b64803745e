using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KioskGuide.Sync.Benchmarks;

/// <summary>wrk against loopback, bounded in time and connections. A missing wrk is an error, never a skipped figure.</summary>
internal static partial class LoadTool
{
    public static async Task<(double RequestsPerSecond, string Latency, string Summary)> RunAsync(Uri url, string etag, int seconds, int connections)
    {
        if (url.Host != "127.0.0.1")
        {
            throw new InvalidOperationException("Load is only ever sent to loopback.");
        }

        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "5s", "--latency",
                     "-H", $"If-None-Match: {etag}", "-H", "Accept-Encoding: gzip", url.AbsoluteUri,
                 })
        {
            info.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("wrk is not installed (scripts/bench-sync.sh installs it).", ex);
        }

        using (process)
        {
            string output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var rps = RequestsPerSecond().Match(output);
            var latency = Latency().Match(output);
            var non2xx = Non2xx().Match(output);
            if (!rps.Success || process.ExitCode != 0)
            {
                throw new InvalidOperationException("wrk failed:\n" + output + await process.StandardError.ReadToEndAsync());
            }

            string summary = Requests().Match(output).Value.Trim();
            return (double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
                latency.Success ? $"p50 {latency.Groups[1].Value}, p99 {Latency99().Match(output).Groups[1].Value}" : "?",
                summary + (non2xx.Success ? $"; {non2xx.Value.Trim()} (errors: 4xx/5xx)" : "; no errors"));
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"\s50%\s+(\S+)")]
    private static partial Regex Latency();

    [GeneratedRegex(@"\s99%\s+(\S+)")]
    private static partial Regex Latency99();

    [GeneratedRegex(@"\d+ requests in [^\n]+")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex Non2xx();
}
