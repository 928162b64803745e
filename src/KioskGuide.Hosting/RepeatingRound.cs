namespace KioskGuide.Hosting;

/// <summary>
/// A background service's loop: a round now, then one after every interval on the host's clock (kiosk or central server), until the
/// host stops. A failed round is reported and the next one comes anyway, so one bad moment never ends the service.
/// </summary>
public static class RepeatingRound
{
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        // The timer is made before the first round: rounds come every interval from the start, however long one
        // takes (a slow round is not followed by a drifting wait), and a test's clock advanced during a round counts.
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
