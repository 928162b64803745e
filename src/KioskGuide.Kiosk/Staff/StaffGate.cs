using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Staff;

/// <summary>What a PIN attempt came to.</summary>
public abstract record PinOutcome
{
    public sealed record Accepted : PinOutcome;

    public sealed record Wrong(int AttemptsLeft) : PinOutcome;

    public sealed record Locked(DateTimeOffset Until) : PinOutcome;

    /// <summary>No PIN is configured: staff mode is off on this kiosk.</summary>
    public sealed record Off : PinOutcome;
}

/// <summary>
/// The PIN check for the whole kiosk (one screen, one gate): after Staff:MaxWrongPins wrong PINs in a row, staff
/// mode is locked for Staff:LockoutMinutes, the right PIN included. The log says that a PIN was wrong, never which.
/// </summary>
public sealed class StaffGate(IOptions<StaffOptions> options, TimeProvider time, ILogger<StaffGate> logger)
{
    private readonly Lock _lock = new();
    private int _wrong;
    private DateTimeOffset? _lockedUntil;

    public bool IsEnabled => !string.IsNullOrEmpty(options.Value.PinHash);

    public PinOutcome Try(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (!IsEnabled)
        {
            return new PinOutcome.Off();
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_lockedUntil is { } until && now < until)
            {
                return new PinOutcome.Locked(until);
            }

            if (StaffPin.Verify(pin, options.Value.PinHash))
            {
                _wrong = 0;
                _lockedUntil = null;
                logger.LogInformation("Staff mode: opened");
                return new PinOutcome.Accepted();
            }

            _wrong++;
            if (_wrong >= options.Value.MaxWrongPins)
            {
                _wrong = 0;
                _lockedUntil = now.AddMinutes(options.Value.LockoutMinutes);
                logger.LogWarning("Staff mode: {Max} wrong PINs in a row; locked for {Minutes} minutes", options.Value.MaxWrongPins, options.Value.LockoutMinutes);
                return new PinOutcome.Locked(_lockedUntil.Value);
            }

            logger.LogInformation("Staff mode: a wrong PIN ({Left} attempts left)", options.Value.MaxWrongPins - _wrong);
            return new PinOutcome.Wrong(options.Value.MaxWrongPins - _wrong);
        }
    }
}
