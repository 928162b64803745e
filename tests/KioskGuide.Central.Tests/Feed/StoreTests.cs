using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.Feed;

public sealed class StoreTests
{
    private const string Kind = HsdsProfile.ServiceKind;
    private static readonly HashSet<string> Nothing = [];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteFeedStore _store;

    public StoreTests()
    {
        _store = new SqliteFeedStore(new SqliteDatabase(Path.Combine(TestPaths.NewFolder(), "feed.db")), _clock);
        _store.InitializeAsync(default).GetAwaiter().GetResult();
    }

    private static FeedRecord Record(int n, string name = "x", bool active = true) =>
        new(Id(n), $$"""{"id":"{{Id(n)}}","name":"{{name}}","status":"active"}""", active);

    private static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";

    /// <summary>Everything a reader sees when it follows the feed from <paramref name="after"/> with the clock far ahead.</summary>
    private async Task<IReadOnlyList<FeedChange>> ReadAll(long after = 0) =>
        await _store.ReadChangesAsync(Kind, after, 10_000, _clock.GetUtcNow().AddYears(1), default);

    [Fact]
    public async Task Change_numbers_are_given_after_commit_and_only_grow()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1), Record(2), Record(3)], Nothing, default);
        var first = await ReadAll();
        Assert.Equal([1L, 2, 3], first.Select(c => c.ChangeNumber));

        await _store.UpsertAsync(Kind, [Record(2, "renamed")], default);
        var changes = await ReadAll();
        Assert.Equal([Id(1), Id(3), Id(2)], changes.Select(c => c.Id));
        Assert.Equal(4, changes[^1].ChangeNumber);
    }

    [Fact]
    public async Task Importing_unchanged_content_again_gives_no_new_change_numbers()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1), Record(2)], Nothing, default);
        var result = await _store.ReplaceAllAsync(Kind, [Record(1), Record(2)], Nothing, default);
        Assert.Equal(new WriteResult(0, 0, 0, 2), result);
        Assert.Equal([1L, 2], (await ReadAll()).Select(c => c.ChangeNumber));
    }

    [Fact]
    public async Task A_missing_object_becomes_a_tombstone_and_a_kept_one_does_not()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1), Record(2), Record(3)], Nothing, default);
        var result = await _store.ReplaceAllAsync(Kind, [Record(1)], new HashSet<string> { Id(3) }, default);
        Assert.Equal(1, result.Removed);
        var tombstone = Assert.Single(await ReadAll(3));
        Assert.Equal(Id(2), tombstone.Id);
        Assert.Null(tombstone.Json);
        Assert.Null(await _store.GetAsync(Kind, Id(2), default));
        Assert.NotNull(await _store.GetAsync(Kind, Id(3), default));
    }

    [Fact]
    public async Task Recreating_a_deleted_id_publishes_it_again_with_a_later_number()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1)], Nothing, default);
        await _store.DeleteAsync(Kind, [Id(1)], default);
        await _store.UpsertAsync(Kind, [Record(1, "back")], default);
        var last = (await ReadAll())[^1];
        Assert.Equal(3, last.ChangeNumber);
        Assert.Contains("back", last.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inactive_services_are_published_as_tombstones_but_stay_in_the_directory()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1, active: false)], Nothing, default);
        Assert.Null(Assert.Single(await ReadAll()).Json);
        Assert.NotNull(await _store.GetAsync(Kind, Id(1), default));
    }

    /// <summary>
    /// A content transaction that stays open (slow) while other changes commit must not be overtaken: its
    /// number is handed out after it commits, so a reader that moved past the others still finds it.
    /// </summary>
    [Fact]
    public async Task A_slow_transaction_is_not_skipped_by_a_reader_that_moved_on()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1)], Nothing, default);
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        _store.BeforeContentCommit = async ct =>
        {
            _store.BeforeContentCommit = null;
            holding.SetResult();
            await release.Task.WaitAsync(ct);
        };
        var slow = Task.Run(() => _store.UpsertAsync(Kind, [Record(2, "slow")], default));
        await holding.Task;

        // While the slow write is open, a reader reads to the end of the feed and keeps its cursor.
        long cursor = (await ReadAll())[^1].ChangeNumber;
        Assert.Equal(1, cursor);
        release.SetResult();
        await slow;
        await _store.UpsertAsync(Kind, [Record(3, "fast")], default);

        var seen = await ReadAll(cursor);
        Assert.Equal([Id(2), Id(3)], seen.Select(c => c.Id));
    }

    [Fact]
    public async Task Changes_are_hidden_for_the_visibility_delay()
    {
        await _store.UpsertAsync(Kind, [Record(1)], default);
        var delay = TimeSpan.FromSeconds(2);
        Assert.Equal(0, (await _store.PeekChangesAsync(Kind, 0, 500, _clock.GetUtcNow() - delay, default)).Count);
        _clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Empty(await _store.ReadChangesAsync(Kind, 0, 500, _clock.GetUtcNow() - delay, default));
        _clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal(new ChangePeek(1, 1), await _store.PeekChangesAsync(Kind, 0, 500, _clock.GetUtcNow() - delay, default));
    }

    [Fact]
    public async Task A_clock_stepping_back_never_makes_a_later_change_visible_before_an_earlier_one()
    {
        var clock = new ManualClock(_clock.GetUtcNow());
        var store = new SqliteFeedStore(new SqliteDatabase(Path.Combine(TestPaths.NewFolder(), "feed.db")), clock);
        await store.InitializeAsync(default);
        await store.UpsertAsync(Kind, [Record(1)], default);
        clock.Now = clock.Now.AddHours(-1);
        await store.UpsertAsync(Kind, [Record(2)], default);
        // Change 2 is stamped no earlier than change 1, so no reader can see 2 while 1 is still hidden.
        for (var at = clock.Now; at < clock.Now.AddHours(2); at = at.AddMinutes(10))
        {
            var visible = (await store.ReadChangesAsync(Kind, 0, 500, at, default)).Select(c => c.Id).ToList();
            Assert.True(visible.Count == 0 || visible[0] == Id(1), $"at {at:O} the feed shows {string.Join(", ", visible)}");
        }
    }

    [Fact]
    public async Task Tombstones_are_purged_after_the_retention_window_and_live_objects_never()
    {
        await _store.ReplaceAllAsync(Kind, [Record(1), Record(2)], Nothing, default);
        await _store.DeleteAsync(Kind, [Id(1)], default);
        _clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await _store.PurgeTombstonesAsync(_clock.GetUtcNow() - TimeSpan.FromDays(30), default));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _store.PurgeTombstonesAsync(_clock.GetUtcNow() - TimeSpan.FromDays(30), default));
        Assert.Equal([Id(2)], (await ReadAll()).Select(c => c.Id));
    }

    [Fact]
    public async Task Modified_after_means_on_or_after()
    {
        var start = _clock.GetUtcNow();
        await _store.UpsertAsync(Kind, [Record(1)], default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _store.UpsertAsync(Kind, [Record(2)], default);
        Assert.Equal(2, (await _store.ListAsync(Kind, 1, 50, start, default)).TotalItems);
        Assert.Equal(1, (await _store.ListAsync(Kind, 1, 50, start.AddMinutes(1), default)).TotalItems);
        Assert.Equal(0, (await _store.ListAsync(Kind, 1, 50, start.AddMinutes(1).AddMilliseconds(1), default)).TotalItems);
    }
}
