using KioskGuide.Domain.Operations;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// The kiosk's status, read at most once every few seconds: /health's six checks, the heartbeat and staff mode
/// share one reading instead of asking the printer six times.
/// </summary>
public sealed class StatusSnapshots(KioskStatusReader reader, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _one = new(1, 1);
    private (KioskStatus Status, DateTimeOffset At)? _last;

    public async Task<KioskStatus> ReadAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_last is { } last && now - last.At < FreshFor)
            {
                return last.Status;
            }

            var status = await reader.ReadAsync(cancellationToken);
            _last = (status, now);
            return status;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>The next read asks again (after an action such as "sync now").</summary>
    public void Invalidate() => _last = null;

    public void Dispose() => _one.Dispose();
}
