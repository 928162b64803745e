using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Storage;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Tests.Infrastructure;

namespace KioskGuide.Sync.Tests;

/// <summary>
/// For every case of the fault corpus: no crash, the last good catalogue is still served, exactly one
/// clear log line (none for legal oddities), and sync resumes when the feed heals, ending where a
/// fresh kiosk following the healed feed ends.
/// </summary>
public sealed class FaultCorpusTests
{
    [Fact]
    public void The_corpus_has_at_least_40_cases_with_distinct_names()
    {
        Assert.True(FaultCorpus.Cases.Count >= 40, $"{FaultCorpus.Cases.Count} cases");
        Assert.Equal(FaultCorpus.Cases.Count, FaultCorpus.Cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FaultCorpus.Names), MemberType = typeof(FaultCorpus))]
    public async Task A_fault_is_survived_logged_once_and_healed(string name)
    {
        var fault = FaultCorpus.Get(name);
        await using var feed = await FakeFeed.StartAsync();
        feed.PageSize = 10;
        feed.Publish(Offers.A);
        feed.Publish(Offers.B);
        feed.Publish(Offers.C);
        // 2 s: long enough for a loaded test machine, short enough for the silent and dripping servers to trip it.
        await using var rig = await SyncRig.StartAsync(feed.Root, new() { ["Sync:RequestTimeoutSeconds"] = "2" });
        Assert.Equal(SyncResult.CaughtUp, (await rig.RunAsync()).Result);
        var before = rig.Catalogue;
        string? cursor = await rig.MetaAsync("sync.next");
        rig.Logs.Clear();
        var scene = new FaultScene(feed, rig);

        fault.Break(scene);
        if (fault.Restart)
        {
            await rig.RestartAsync();
            before = rig.Catalogue;
        }

        var outcome = await rig.RunAsync(); // Never throws: a throw fails the test.
        var problems = rig.Logs.Problems;
        if (fault.Kind == FaultKind.Benign)
        {
            Assert.Equal(SyncResult.CaughtUp, outcome.Result);
            Assert.Empty(problems);
        }
        else
        {
            var line = Assert.Single(problems);
            Assert.True(fault.Keywords.Any(k => line.Contains(k, StringComparison.OrdinalIgnoreCase)), $"'{line}' names none of {string.Join(", ", fault.Keywords)}");
        }

        if (fault.Kind == FaultKind.Page)
        {
            Assert.NotEqual(SyncResult.CaughtUp, outcome.Result);
            Assert.Same(before, rig.Catalogue);
            Assert.Equal(cursor, await rig.MetaAsync("sync.next"));
        }
        else
        {
            Assert.Equal(SyncResult.CaughtUp, outcome.Result);
            Assert.Equal(3, before.Offers.Count);
        }

        fault.Verify?.Invoke(scene, outcome);

        // The feed heals; the kiosk follows, and ends where a fresh kiosk ends.
        feed.Fault = null;
        fault.Heal?.Invoke(scene);
        rig.Logs.Clear();
        var healed = await rig.RunUntilCaughtUpAsync();
        Assert.Equal(SyncResult.CaughtUp, healed.Result);
        Assert.Empty(rig.Logs.Problems);
        await using var fresh = await SyncRig.StartAsync(feed.Root);
        await fresh.RunUntilCaughtUpAsync();
        Assert.Equal(Snapshot(fresh), Snapshot(rig));
        if (fault.Kind == FaultKind.Item && fault.Fixable)
        {
            Assert.Equal("0", await rig.MetaAsync(SqliteOfferStore.QuarantinedCountKey));
        }
    }

    private static List<string> Snapshot(SyncRig rig) => [.. rig.Catalogue.Offers.Select(OfferJson.Serialize).Order(StringComparer.Ordinal)];
}
