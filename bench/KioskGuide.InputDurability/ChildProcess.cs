using System.Diagnostics;

namespace KioskGuide.InputDurability;

/// <summary>
/// This program started again as a child ("kiosk …" or "serve …"), its output read line by line.
/// <see cref="Kill"/> is SIGKILL on Linux: no shutdown code runs, exactly like pulling the plug.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _marks = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _outputClosed.TrySetResult();
                return;
            }

            lock (_gate)
            {
                _lines.Add(e.Data);
            }

            // One-word lines ("ready", "uploading") are marks the run can wait for.
            if (!e.Data.Contains(' ', StringComparison.Ordinal))
            {
                Mark(e.Data).TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Resolves when the child printed "ready".</summary>
    public Task Ready => Seen("ready");

    /// <summary>Resolves when the child has printed this one-word line (at any time, before or after the call).</summary>
    public Task Seen(string mark) => Mark(mark).Task;

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(params string[] args)
    {
        var self = typeof(ChildProcess).Assembly.Location;
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        var runtimeConfig = Path.ChangeExtension(self, ".runtimeconfig.json");
        if (File.Exists(runtimeConfig))
        {
            info.ArgumentList.Add("--runtimeconfig");
            info.ArgumentList.Add(runtimeConfig);
        }

        info.ArgumentList.Add(self);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return new ChildProcess(new Process { StartInfo = info });
    }

    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits for the child to end and for every line it wrote; false on timeout.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            await _outputClosed.Task.WaitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    public void Dispose() => _process.Dispose();

    private TaskCompletionSource Mark(string mark) =>
        _marks.GetOrAdd(mark, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
