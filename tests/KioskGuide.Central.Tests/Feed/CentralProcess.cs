using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KioskGuide.Central.Tests.Feed;

/// <summary>The built central server run as its own process: <c>dotnet KioskGuide.Central.dll …</c>.</summary>
internal sealed partial class CentralProcess : IAsyncDisposable
{
    private readonly Process _process;

    private CentralProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "KioskGuide.Central.dll");

    /// <summary>Starts the server and waits for its "ready at" line, which names the address.</summary>
    public static async Task<CentralProcess> StartAsync(params string[] args)
    {
        var process = Process.Start(Info(args))!;
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (Ready().Match(e.Data) is { Success: true } match)
            {
                ready.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Add(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new CentralProcess(process, await ready.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            lock (output)
            {
                throw new InvalidOperationException("The central server did not start:\n" + string.Join('\n', output));
            }
        }
    }

    /// <summary>Runs a command to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        return info;
    }

    [GeneratedRegex(@"central server is ready at (?<url>http://[^/\s]+)/")]
    private static partial Regex Ready();
}
