using Microsoft.Extensions.Logging;

namespace KioskGuide.InputDurability;

/// <summary>
/// Writes one category's log lines to standard output at once (the console logger queues them, and a
/// SIGKILLed server would lose the last ones): the run counts the intake's "(replay)" lines.
/// </summary>
internal sealed class LineLoggerProvider(string category) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => categoryName == category ? new LineLogger() : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class LineLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.Out.WriteLine(formatter(state, exception));
            }
        }
    }
}
