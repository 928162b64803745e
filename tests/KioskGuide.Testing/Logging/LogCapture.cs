using Microsoft.Extensions.Logging;

namespace KioskGuide.Testing;

/// <summary>Collects log lines, so tests can demand exactly one clear line per fault.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Warnings and errors from sync, the lines staff would act on.</summary>
    public IReadOnlyList<string> Problems => [.. Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("KioskGuide", StringComparison.Ordinal)).Select(e => $"{e.Level}: {e.Message}")];

    public void Clear()
    {
        lock (_entries)
        {
            _entries.Clear();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (capture._entries)
            {
                capture._entries.Add((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
