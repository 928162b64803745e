using KioskGuide.Kiosk.Configuration;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Session;

/// <summary>
/// Watches for a citizen who has walked away. After <see cref="KioskOptions.IdleTimeoutSeconds"/>
/// without a touch it raises a warning with a countdown (WCAG 2.2.1: at least 20 s, one tap to
/// continue); when that runs out it asks for a reset. Time comes from <see cref="TimeProvider"/>
/// so tests can move the clock.
/// </summary>
public sealed class IdleMonitor : IDisposable
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly TimeSpan _idleTimeout;
    private readonly TimeSpan _warningDuration;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private DateTimeOffset _lastActivity;
    private bool _paused = true;

    public IdleMonitor(TimeProvider time, IOptions<KioskOptions> options)
    {
        _time = time;
        _idleTimeout = TimeSpan.FromSeconds(options.Value.IdleTimeoutSeconds);
        _warningDuration = TimeSpan.FromSeconds(options.Value.IdleWarningSeconds);
        _lastActivity = time.GetUtcNow();
    }

    /// <summary>Whole seconds left before reset while the warning shows; null when no warning.</summary>
    public int? SecondsLeft { get; private set; }

    /// <summary>Raised when the warning appears, counts down, or disappears.</summary>
    public event Action? WarningChanged;

    /// <summary>Raised once when the countdown has run out; the frame then resets the screen.</summary>
    public event Action? ResetRequested;

    /// <summary>Starts watching (a citizen has begun using the screen).</summary>
    public void Start()
    {
        lock (_gate)
        {
            _paused = false;
            _lastActivity = _time.GetUtcNow();
            _timer ??= _time.CreateTimer(_ => Tick(), null, TickInterval, TickInterval);
        }
    }

    /// <summary>Stops watching, e.g. while the attract screen is showing: nobody to warn.</summary>
    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
        }

        SetSecondsLeft(null);
    }

    /// <summary>Any touch or key: the citizen is still here.</summary>
    public void RegisterActivity()
    {
        lock (_gate)
        {
            _lastActivity = _time.GetUtcNow();
        }

        SetSecondsLeft(null);
    }

    private void Tick()
    {
        TimeSpan idle;
        lock (_gate)
        {
            if (_paused)
            {
                return;
            }

            idle = _time.GetUtcNow() - _lastActivity;
            if (idle >= _idleTimeout + _warningDuration)
            {
                _paused = true;
            }
        }

        if (idle >= _idleTimeout + _warningDuration)
        {
            SetSecondsLeft(null);
            ResetRequested?.Invoke();
        }
        else if (idle >= _idleTimeout)
        {
            SetSecondsLeft((int)Math.Ceiling((_idleTimeout + _warningDuration - idle).TotalSeconds));
        }
    }

    private void SetSecondsLeft(int? value)
    {
        if (SecondsLeft == value)
        {
            return;
        }

        SecondsLeft = value;
        WarningChanged?.Invoke();
    }

    public void Dispose() => _timer?.Dispose();
}
