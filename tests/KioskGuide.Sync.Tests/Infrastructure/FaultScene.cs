using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>
/// The stage of one fault case: a feed with offers A, B, C that the kiosk has already synced (cursor 3),
/// and helpers to publish new content or to make the next page misbehave.
/// </summary>
public sealed class FaultScene(FakeFeed feed, SyncRig rig)
{
    /// <summary>The cursor after the baseline: the fault hits the page after it.</summary>
    public const long Cursor = 3;

    public FakeFeed Feed => feed;

    public SyncRig Rig => rig;

    /// <summary>Central edits that the faulty page would have carried: A renamed, D added.</summary>
    public void PublishChanges()
    {
        feed.Publish(Offers.A with { Name = "A ændret" });
        feed.Publish(Offers.D);
    }

    /// <summary>A broken update of A, then a good D on the same page.</summary>
    public void BadUpdateOfA(Action<JsonObject> spoil)
    {
        feed.Publish(Offers.A with { Name = "A ændret" }, spoil: spoil);
        feed.Publish(Offers.D);
    }

    public void RawItemThenD(string rawItem)
    {
        feed.PublishRaw(rawItem);
        feed.Publish(Offers.D);
    }

    /// <summary>The publisher's fix: a clean new version of A.</summary>
    public void FixA() => feed.Publish(Offers.A with { Name = "A rettet" });

    /// <summary>Makes the page after the cursor answer with <paramref name="respond"/>.</summary>
    public void BreakNextPage(Func<HttpContext, Task> respond) => feed.Fault = async context =>
    {
        if (context.Request.Path != "/feeds/services" || context.Request.Query["afterChangeNumber"] != Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        await respond(context);
        return true;
    };

    /// <summary>The healthy text of the page after the cursor.</summary>
    public string HealthyPage => feed.RpdePage(Cursor);

    public string NextPageUrl => feed.PageAfter(Cursor).AbsoluteUri;

    public Offer? OfferA => rig.Offer(Offers.A.Id);

    public static string Item(Guid id, long modified, JsonNode? data, string state = "updated", string kind = "service")
    {
        var item = new JsonObject { ["state"] = state, ["kind"] = kind, ["id"] = id.ToString(), ["modified"] = modified };
        if (data is not null)
        {
            item["data"] = data;
        }

        return item.ToJsonString();
    }
}
