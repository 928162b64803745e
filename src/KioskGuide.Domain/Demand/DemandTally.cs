namespace KioskGuide.Domain.Demand;

/// <summary>
/// The kiosk's counters in memory: one increment per tap costs a dictionary update under a lock, no I/O. A flusher
/// takes the increments with <see cref="Drain"/> and adds them to the store in one transaction; if that fails it
/// gives them back with <see cref="Restore"/>, so nothing is lost while the process lives.
/// </summary>
public sealed class DemandTally
{
    private readonly Lock _gate = new();
    private Dictionary<(DateOnly Day, string Kind, string Key), int> _pending = [];

    /// <summary>Distinct (day, kind, key) counters waiting for the next flush.</summary>
    public int PendingCounters
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public void Add(DateOnly day, string kind, string key)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pending, (day, kind, key), out _);
            count++;
        }
    }

    /// <summary>Everything counted since the last drain, per day; the tally is empty afterwards.</summary>
    public IReadOnlyDictionary<DateOnly, IReadOnlyList<DemandCount>> Drain()
    {
        Dictionary<(DateOnly Day, string Kind, string Key), int> taken;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return new Dictionary<DateOnly, IReadOnlyList<DemandCount>>();
            }

            taken = _pending;
            _pending = [];
        }

        return taken.GroupBy(e => e.Key.Day).ToDictionary(
            g => g.Key,
            g => DemandDay.Canonical(g.Select(e => new DemandCount(e.Key.Kind, e.Key.Key, e.Value))));
    }

    /// <summary>Gives back increments a failed flush could not store.</summary>
    public void Restore(IReadOnlyDictionary<DateOnly, IReadOnlyList<DemandCount>> drained)
    {
        ArgumentNullException.ThrowIfNull(drained);
        lock (_gate)
        {
            foreach (var (day, counts) in drained)
            {
                foreach (var c in counts)
                {
                    ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pending, (day, c.Kind, c.Key), out _);
                    count += c.Count;
                }
            }
        }
    }
}
