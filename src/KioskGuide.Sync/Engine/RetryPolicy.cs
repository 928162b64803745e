using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Engine;

/// <summary>
/// When to run next: the poll interval once caught up; after failures exponential backoff with full
/// jitter (so a hundred kiosks do not return at once), never sooner than the server's Retry-After.
/// </summary>
public sealed class RetryPolicy(IOptions<SyncOptions> options, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private int _failures;

    public int ConsecutiveFailures => _failures;

    public TimeSpan Next(SyncOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var settings = options.Value;
        var max = TimeSpan.FromSeconds(settings.RetryMaxSeconds);
        if (outcome.Result == SyncResult.CaughtUp)
        {
            _failures = 0;
            return settings.PollInterval;
        }

        _failures++;
        if (outcome.Result == SyncResult.Unsupported || outcome.Gone)
        {
            return max;
        }

        double ceiling = Math.Min(max.TotalSeconds, settings.RetryInitialSeconds * Math.Pow(2, Math.Min(_failures - 1, 30)));
        var backoff = TimeSpan.FromSeconds(ceiling * (0.5 + (_random.NextDouble() / 2)));
        if (outcome.RetryAfter is { } asked)
        {
            var honoured = asked < TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds) ? asked : TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds);
            return honoured > backoff ? honoured : backoff;
        }

        return backoff;
    }
}
