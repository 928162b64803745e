namespace KioskGuide.InputDurability;

public sealed class DurabilitySettings
{
    /// <summary>How many times the kiosk is started and SIGKILLed.</summary>
    public int Cycles { get; init; } = 200;

    /// <summary>Seed for kill points and server phases; random when null (printed, so a failure can be replayed).</summary>
    public int? Seed { get; init; }

    /// <summary>Where the outbox and the server's database go; a fresh temporary folder when null.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>The longest a kiosk lives after "ready" before it is killed.</summary>
    public int MaxLifetimeMs { get; init; } = 250;
}

/// <summary>What the proof found. <see cref="Lost"/> and <see cref="Duplicated"/> must be 0.</summary>
public sealed record DurabilityResult(
    int Runs,
    int Seed,
    int Confirmed,
    int Committed,
    int Stored,
    int Lost,
    int Duplicated,
    int NotOnServer,
    int Altered,
    int Rejected,
    int Pending,
    int ServerDownRuns,
    int ServerStarts,
    int Replays,
    TimeSpan Elapsed)
{
    public bool Passed => Lost == 0 && Duplicated == 0 && NotOnServer == 0 && Altered == 0 && Rejected == 0 && Pending == 0 && Confirmed > 0;

    /// <summary>One line, e.g. "runs=1000 … lost=0 duplicated=0".</summary>
    public string Summary =>
        $"runs={Runs} seed={Seed} server_down_runs={ServerDownRuns} server_starts={ServerStarts} replays_seen={Replays} confirmed={Confirmed} committed={Committed} " +
        $"stored={Stored} not_on_server={NotOnServer} altered={Altered} rejected={Rejected} pending={Pending} " +
        $"time={Elapsed.TotalSeconds:0.0}s lost={Lost} duplicated={Duplicated}";
}
