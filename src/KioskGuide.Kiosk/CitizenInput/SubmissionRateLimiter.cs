using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>At most a few answers a minute per kiosk: a sliding window over the last minute.</summary>
public sealed class SubmissionRateLimiter(TimeProvider time, IOptions<InputOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _gate = new();

    /// <summary>True (and counted) when another answer may be saved now.</summary>
    public bool TryAcquire()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= options.Value.MaxAnswersPerMinute)
            {
                return false;
            }

            _recent.Enqueue(now);
            return true;
        }
    }
}
