namespace KioskGuide.Kiosk.Operations;

/// <summary>What the central server last answered a heartbeat, for staff mode and the next status.</summary>
public sealed class HeartbeatState
{
    private DateTimeOffset? _lastAnswer;
    private string? _lastError;

    public DateTimeOffset? LastAnswer => _lastAnswer;

    /// <summary>The last failure in words; null after a success.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    public void Answered(DateTimeOffset at)
    {
        _lastAnswer = at;
        Volatile.Write(ref _lastError, null);
    }

    public void Failed(string why) => Volatile.Write(ref _lastError, why);
}
