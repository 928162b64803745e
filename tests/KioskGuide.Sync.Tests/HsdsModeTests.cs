using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Tests.Infrastructure;

namespace KioskGuide.Sync.Tests;

/// <summary>Following a plain HSDS 3 API (no RPDE): paged /services, a full sweep each run.</summary>
public sealed class HsdsModeTests : IAsyncLifetime
{
    private FakeFeed _directory = null!;

    public async Task InitializeAsync() => _directory = await FakeFeed.StartAsync();

    public async Task DisposeAsync() => await _directory.DisposeAsync();

    private Task<SyncRig> Rig() => SyncRig.StartAsync(_directory.Root, new() { ["Sync:Mode"] = "Hsds", ["Sync:HsdsPageSize"] = "2" });

    [Fact]
    public async Task Every_page_is_read_and_an_offer_gone_from_the_directory_is_swept()
    {
        for (int i = 0; i < 5; i++)
        {
            _directory.Publish(Offers.Get(i));
        }

        _directory.Profile = "https://example.org/some-other-profile"; // Plain HSDS mode does not require the profile.
        await using var rig = await Rig();
        var outcome = await rig.RunAsync();
        Assert.Equal(SyncResult.CaughtUp, outcome.Result);
        Assert.Equal(3, outcome.PagesApplied);
        Assert.Equal(5, rig.Catalogue.Offers.Count);

        _directory.Forget(Offers.B.Id);
        _directory.Publish(Offers.C with { Name = "C ændret" });
        await rig.RunAsync();
        Assert.Equal(4, rig.Catalogue.Offers.Count);
        Assert.Null(rig.Offer(Offers.B.Id));
        Assert.Equal("C ændret", rig.Offer(Offers.C.Id)!.Name);
        Assert.Empty(rig.Logs.Problems);
    }

    [Fact]
    public async Task A_failure_part_way_removes_nothing()
    {
        for (int i = 0; i < 5; i++)
        {
            _directory.Publish(Offers.Get(i));
        }

        await using var rig = await Rig();
        await rig.RunAsync();
        _directory.Forget(Offers.A.Id);
        _directory.Fault = c => Task.FromResult(c.Request.Query["page"] == "2" && Fail(c));
        Assert.Equal(SyncResult.Failed, (await rig.RunAsync()).Result);
        Assert.Equal(5, rig.Catalogue.Offers.Count);

        _directory.Fault = null;
        await rig.RunAsync();
        Assert.Equal(4, rig.Catalogue.Offers.Count);

        static bool Fail(Microsoft.AspNetCore.Http.HttpContext context)
        {
            context.Response.StatusCode = 500;
            return true;
        }
    }

    [Fact]
    public async Task Services_that_are_not_active_are_not_shown()
    {
        _directory.Publish(Offers.A);
        _directory.Publish(Offers.B, spoil: d => d["status"] = "inactive");
        _directory.Publish(Offers.C, spoil: d => d["status"] = "temporarily closed");
        await using var rig = await Rig();
        await rig.RunAsync();
        Assert.Equal(Offers.A.Name, rig.Catalogue.Names());
    }
}
