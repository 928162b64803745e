using System.Collections.Concurrent;

namespace KioskGuide.Central.Accounts;

/// <summary>
/// Failed logins counted per client (its address, whatever user it tries) and per user from that client. After
/// <see cref="MaxFailures"/> failures within <see cref="Window"/> the key is locked: every attempt, the right password
/// too, is answered 429 with Retry-After and costs no PBKDF2. The lock lasts 1 minute the first time and doubles with
/// each lock-out that follows within the window after the last one ended, up to <see cref="Window"/>. Locks are per client, so an attacker
/// elsewhere on the network can never lock the real planner out of her own PC; and they end, so nobody is locked
/// out for good. In memory: a restart forgets the counts (and logs everyone out, see <see cref="LoginSessions"/>).
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string client, string? userName)
    {
        var now = time.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var key in Keys(client, userName))
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                lock (entry)
                {
                    if (entry.LockedUntil > now && (wait is null || entry.LockedUntil - now > wait))
                    {
                        wait = entry.LockedUntil - now;
                    }
                }
            }
        }

        return wait;
    }

    public void Failed(string client, string? userName)
    {
        var now = time.GetUtcNow();
        foreach (var key in Keys(client, userName))
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                entry.Failures.RemoveAll(t => now - t > Window);
                // A quarter of an hour without a lock forgets the earlier ones: the backoff starts again at 1 minute.
                if (entry.Locks > 0 && now - entry.LockedUntil > Window)
                {
                    entry.Locks = 0;
                }

                entry.Failures.Add(now);
                if (entry.Failures.Count >= MaxFailures)
                {
                    var length = TimeSpan.FromTicks(Math.Min(Window.Ticks, FirstLock.Ticks << Math.Min(entry.Locks, 10)));
                    entry.Locks++;
                    entry.LockedUntil = now + length;
                    entry.Failures.Clear();
                }
            }
        }

        Prune(now);
    }

    /// <summary>A right password from this client for this user clears that pair (the client's own count stays).</summary>
    public void Succeeded(string client, string? userName) => _entries.TryRemove(PairKey(client, userName), out _);

    private static string[] Keys(string client, string? userName) => ["client|" + client, PairKey(client, userName)];

    private static string PairKey(string client, string? userName) =>
        "user|" + (userName ?? "").Trim().ToUpperInvariant() + "|" + client;

    private void Prune(DateTimeOffset now)
    {
        if (_entries.Count < 10_000)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.LockedUntil < now && entry.Failures.TrueForAll(t => now - t > Window))
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry
    {
        public List<DateTimeOffset> Failures { get; } = [];

        public int Locks { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
