namespace KioskGuide.Sync;

/// <summary>Staff mode's "sync now": wakes the sync worker from its wait, so the next run starts at once.</summary>
public sealed class SyncNow : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Asks for a run now; a request already waiting is not doubled.</summary>
    public void Request()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Two taps at once: one run is asked for already.
            }
        }
    }

    /// <summary>Completes when <see cref="Request"/> is called (the worker waits on this beside its delay).</summary>
    internal Task WaitAsync(CancellationToken cancellationToken) => _wake.WaitAsync(cancellationToken);

    public void Dispose() => _wake.Dispose();
}
