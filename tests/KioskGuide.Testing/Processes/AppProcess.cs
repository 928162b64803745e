using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KioskGuide.Testing;

/// <summary>A built app run as its own process, its output kept; started when a line matches, killed (SIGKILL) on demand.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Starts the dll and waits for a line matching <paramref name="ready"/>; returns the process and that match.</summary>
    public static async Task<(AppProcess Process, Match Ready)> StartAsync(string dll, IEnumerable<string> args, Regex ready)
    {
        var app = new AppProcess(Process.Start(BuiltApps.Dotnet(dll, args))!);
        var matched = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (app._output)
            {
                app._output.Add(e.Data);
            }

            if (ready.Match(e.Data) is { Success: true } match)
            {
                matched.TrySetResult(match);
            }
        }

        app._process.OutputDataReceived += OnLine;
        app._process.ErrorDataReceived += OnLine;
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            return (app, await matched.Task.WaitAsync(TimeSpan.FromSeconds(40)));
        }
        catch (TimeoutException)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"{Path.GetFileName(dll)} did not become ready:\n{string.Join('\n', app.Output)}");
        }
    }

    /// <summary>Runs a command to its end (60 s unless <paramref name="timeout"/> says otherwise).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string dll, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        using var process = Process.Start(BuiltApps.Dotnet(dll, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>SIGKILL: no shutdown code runs, as when power is cut.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
