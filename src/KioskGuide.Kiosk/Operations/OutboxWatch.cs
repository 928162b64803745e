using System.Globalization;
using KioskGuide.Storage;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// How long answers have been waiting, without a time on any answer: the outbox keeps none (privacy issue), so
/// this remembers, to the hour (rounded up, so an age is never overstated), when the outbox last went from empty
/// to not empty, and forgets it when it empties.
/// Kept in the content store's meta so a restart does not make old answers look new.
/// </summary>
public sealed class OutboxWatch(SqliteOfferStore store, TimeProvider time)
{
    public const string WaitingSinceKey = "outbox.waiting_since_hour";

    /// <returns>Whole hours the oldest waiting answer has waited at least; null when none waits.</returns>
    public async Task<int?> ObserveAsync(int waiting, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = await store.GetMetaAsync(WaitingSinceKey, cancellationToken);
        DateTimeOffset? since = DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        if (waiting == 0)
        {
            if (stored is { Length: > 0 })
            {
                await store.SetMetaAsync(WaitingSinceKey, "", cancellationToken);
            }

            return null;
        }

        if (since is null)
        {
            var utc = now.UtcDateTime;
            var hour = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
            await store.SetMetaAsync(WaitingSinceKey, hour.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
            since = hour;
        }

        return Math.Max(0, (int)(now - since.Value).TotalHours);
    }
}
