namespace KioskGuide.Domain.Demand;

/// <summary>One counter of one day: how many times <see cref="Kind"/> happened with <see cref="Key"/>.</summary>
public sealed record DemandCount(string Kind, string Key, int Count);

/// <summary>
/// What one kiosk counted on one calendar day, as it is stored and uploaded: no time of day, no session, no order
/// of events (counts are sorted by kind and key, never by when they first happened).
/// </summary>
public sealed record DemandDay(string KioskId, DateOnly Day, IReadOnlyList<DemandCount> Counts)
{
    /// <summary>Counts in the one canonical order: by kind, then key (ordinal).</summary>
    public static IReadOnlyList<DemandCount> Canonical(IEnumerable<DemandCount> counts) =>
        [.. counts.OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)];
}
