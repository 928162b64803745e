using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Central.Fleet.Storage;
using KioskGuide.Domain.Operations;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Fleet;

/// <summary>One kiosk on the fleet page: its last status (null when it never reported) and what is wrong.</summary>
public sealed record FleetKiosk(string KioskId, DateTimeOffset? LastSeen, KioskStatus? Status, IReadOnlyList<KioskProblem> Problems)
{
    public bool IsSilent => Problems.Any(p => p.Code is "silent" or "never-seen");

    public bool IsWell => Problems.Count == 0;
}

/// <summary>
/// Every kiosk the server knows — those with a token (configured or made by create-token) and those that sent a
/// heartbeat — with its problems by <see cref="KioskProblems"/>. The page, /api/fleet and /metrics all read this.
/// </summary>
public sealed class FleetView(FleetStore store, IKioskTokenStore tokens, IOptions<CitizenInputServerOptions> input, TimeProvider time)
{
    public async Task<IReadOnlyList<FleetKiosk>> BuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = (await store.LatestAsync(cancellationToken)).ToDictionary(h => h.KioskId, StringComparer.Ordinal);
        var known = input.Value.Kiosks.Select(k => k.KioskId)
            .Concat((await tokens.AllAsync(cancellationToken)).Select(t => t.KioskId))
            .Concat(latest.Keys)
            .Distinct(StringComparer.Ordinal);

        return [.. known
            .Select(id => latest.TryGetValue(id, out var beat)
                ? new FleetKiosk(id, beat.ReceivedAt, beat.Status, KioskProblems.Evaluate(beat.Status, beat.ReceivedAt, now))
                : new FleetKiosk(id, null, null, KioskProblems.Evaluate(null, null, now)))
            // Worst first, so the red rows are at the top of a long list.
            .OrderByDescending(k => k.Problems.Any(p => p.Severity == ProblemSeverity.Critical))
            .ThenByDescending(k => k.Problems.Count)
            .ThenBy(k => k.KioskId, StringComparer.Ordinal)];
    }
}
