using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Tests.Infrastructure;

namespace KioskGuide.Sync.Tests;

public enum FaultKind
{
    /// <summary>The page is refused whole: nothing applied, the cursor stays, the run fails and is retried.</summary>
    Page,
    /// <summary>One item is quarantined; the rest of the page is applied and the cursor moves on.</summary>
    Item,
    /// <summary>The item is applied with a part dropped or shown as words only.</summary>
    Repair,
    /// <summary>Odd but legal: applied silently.</summary>
    Benign,
}

/// <param name="Keywords">The one log line must contain one of these.</param>
/// <param name="Break">Publishes and/or installs the fault.</param>
/// <param name="Verify">Extra checks after the faulty run.</param>
/// <param name="Heal">What the publisher does to fix it; the fault itself is always removed.</param>
/// <param name="Restart">Restart the kiosk before the faulty run (faults of GET /, which is checked at start).</param>
/// <param name="Fixable">For quarantines: the publisher's fix clears the count for staff.</param>
public sealed record FaultCase(
    string Name,
    FaultKind Kind,
    string[] Keywords,
    Action<FaultScene> Break,
    Action<FaultScene, SyncOutcome>? Verify = null,
    Action<FaultScene>? Heal = null,
    bool Restart = false,
    bool Fixable = true)
{
    public override string ToString() => Name;
}
