using System.Text;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Profile;
using KioskGuide.Storage;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Tests.Infrastructure;
using static KioskGuide.Sync.Tests.FaultKind;

namespace KioskGuide.Sync.Tests;

/// <summary>
/// The fault corpus: every way a feed was seen or imagined to go wrong (feeds.md §6.3),
/// each with the kiosk's expected reaction. Run by <see cref="FaultCorpusTests"/>.
/// </summary>
public static class FaultCorpus
{
    public static readonly IReadOnlyList<FaultCase> Cases =
    [
        // --- Broken pages: refused whole, retried. ---
        Page("truncated-json", ["not valid JSON"], s => s.BreakNextPage(Respond.Text(s.HealthyPage[..(s.HealthyPage.Length / 2)]))),
        Page("html-error-page-with-200", ["not valid JSON"], s => s.BreakNextPage(Respond.Text("<html><body>Service Unavailable</body></html>", contentType: "text/html"))),
        Page("empty-body", ["not valid JSON"], s => s.BreakNextPage(Respond.Text(""))),
        Page("page-is-an-array", ["not a JSON object"], s => s.BreakNextPage(Respond.Text("[]"))),
        Page("items-is-an-object", ["no \"items\" array"], s => s.BreakNextPage(Respond.Text($$$"""{"next":"{{{s.NextPageUrl}}}","items":{}}"""))),
        Page("items-is-null", ["no \"items\" array"], s => s.BreakNextPage(Respond.Text($$"""{"next":"{{s.NextPageUrl}}","items":null}"""))),
        Page("next-missing", ["no \"next\" link"], s => s.BreakNextPage(Respond.Text("""{"items":[]}"""))),
        Page("next-is-a-number", ["no \"next\" link"], s => s.BreakNextPage(Respond.Text("""{"next":42,"items":[]}"""))),
        Page("next-is-relative", ["not an absolute URL"], s => s.BreakNextPage(Respond.Text(s.HealthyPage.Replace(s.Feed.Root.AbsoluteUri, "/", StringComparison.Ordinal)))),
        Page("next-to-another-host", ["another address"], s => s.BreakNextPage(Respond.Text(s.HealthyPage.Replace(s.Feed.Root.Authority, "evil.example:80", StringComparison.Ordinal)))),
        Page("next-equals-current-url-with-items", ["its next link is itself"], s =>
            s.BreakNextPage(Respond.Text(s.HealthyPage.Replace(s.Feed.PageAfter(s.Feed.LastPosition).AbsoluteUri, s.NextPageUrl, StringComparison.Ordinal)))),
        Page("body-of-50-MB", ["page limit"], s => s.BreakNextPage(Respond.Huge(s.NextPageUrl, announceLength: false))),
        Page("announced-50-MB", ["announces"], s => s.BreakNextPage(Respond.Huge(s.NextPageUrl, announceLength: true))),
        Page("deep-nesting", ["depth"], s => s.BreakNextPage(Respond.Text(
            $$$"""{"next":"{{{s.NextPageUrl}}}","items":[{"state":"updated","kind":"service","id":"{{{Offers.D.Id}}}","modified":9,"data":{"x":{{{new string('[', 5000)}}}{{{new string(']', 5000)}}}}}]}"""))),
        Page("invalid-utf8", ["not valid UTF-8"], s => s.BreakNextPage(Respond.Bytes(InvalidUtf8(s.HealthyPage)))),
        Page("latin1-charset", ["not UTF-8"], s => s.BreakNextPage(Respond.Text(s.HealthyPage, contentType: "application/json; charset=iso-8859-1"))),
        Page("http-500", ["500"], s => s.BreakNextPage(Respond.Status(500))),
        Page("http-502", ["502"], s => s.BreakNextPage(Respond.Status(502))),
        Page("http-503-retry-after-seconds", ["503"], s => s.BreakNextPage(Respond.Status(503, r => r.Headers.RetryAfter = "120")),
            verify: (_, o) => Assert.Equal(TimeSpan.FromSeconds(120), o.RetryAfter)),
        Page("http-429-retry-after-date", ["429"], s =>
            {
                // The server's clock is far from the kiosk's: the wait is measured between the server's own Date and Retry-After.
                var serverNow = new DateTimeOffset(2031, 5, 1, 12, 0, 0, TimeSpan.Zero);
                s.Feed.ServerDate = serverNow;
                s.BreakNextPage(Respond.Status(429, r => r.Headers.RetryAfter = Respond.HttpDate(serverNow.AddSeconds(90))));
            },
            verify: (_, o) => Assert.Equal(TimeSpan.FromSeconds(90), o.RetryAfter),
            heal: s => s.Feed.ServerDate = null),
        Page("http-404", ["gone"], s => s.BreakNextPage(Respond.Status(404)), verify: (_, o) => Assert.True(o.Gone)),
        Page("http-410", ["gone"], s => s.BreakNextPage(Respond.Status(410)), verify: (_, o) => Assert.True(o.Gone)),
        Page("redirect-to-another-host", ["redirect"], s => s.BreakNextPage(Respond.Status(302, r => r.Headers.Location = "http://evil.example/feeds/services"))),
        Page("no-answer-timeout", ["no complete answer"], s => s.BreakNextPage(Respond.Silence())),
        Page("slow-drip", ["no complete answer"], s => s.BreakNextPage(Respond.SlowDrip(s.HealthyPage))),
        Page("connection-reset-mid-body", ["broke while reading", "could not be fetched"], s => s.BreakNextPage(Respond.ResetMidBody(s.HealthyPage))),
        Page("root-names-another-profile", ["profile"], s => s.Feed.Profile = "https://example.org/another-profile",
            verify: (_, o) => Assert.Equal(SyncResult.Unsupported, o.Result), heal: s => s.Feed.Profile = HsdsProfile.ProfileUri, restart: true),
        Page("root-is-hsds-2", ["not an HSDS 3 API"], s => s.Feed.Version = "2.0",
            verify: (_, o) => Assert.Equal(SyncResult.Unsupported, o.Result), heal: s => s.Feed.Version = HsdsProfile.HsdsVersion, restart: true),
        Page("root-answers-500", ["500"], s => s.Feed.Fault = c => Task.FromResult(c.Request.Path == "/" && Fail(c)), restart: true),

        // --- One bad item: quarantined, the rest applied, the last good version stays. ---
        Item("missing-name", ["/name"], s => s.BadUpdateOfA(d => d.Remove("name"))),
        Item("status-closed", ["/status"], s => s.BadUpdateOfA(d => d["status"] = "closed")),
        Item("bad-location-type", ["location_type"], s => s.BadUpdateOfA(d => d["service_at_locations"]![0]!["location"]!["location_type"] = "house")),
        Item("malformed-uuid-item-id", ["not a UUID"], s => s.RawItemThenD(FaultScene.Item(Guid.Empty, 90, null).Replace(Guid.Empty.ToString(), "1234-not-a-uuid", StringComparison.Ordinal).Replace("\"modified\":90", "\"modified\":90,\"data\":{\"id\":\"1234-not-a-uuid\",\"name\":\"x\",\"status\":\"active\"}", StringComparison.Ordinal)), fixable: false),
        Item("data-id-differs-from-item-id", ["not the item's id"], s => s.BadUpdateOfA(d => d["id"] = Offers.E.Id.ToString())),
        Item("name-is-a-number", ["/name"], s => s.BadUpdateOfA(d => d["name"] = 42)),
        Item("schedules-is-an-object", ["/schedules"], s => s.BadUpdateOfA(d => d["schedules"] = new JsonObject { ["freq"] = "WEEKLY" })),
        Item("updated-without-data", ["no data"], s => s.RawItemThenD($$"""{"state":"updated","kind":"service","id":"{{Offers.A.Id}}","modified":90}""")),
        Item("unknown-state", ["state"], s => s.RawItemThenD($$"""{"state":"frozen","kind":"service","id":"{{Offers.A.Id}}","modified":90}""")),
        Item("modified-missing", ["modified"], s => s.RawItemThenD($$"""{"state":"deleted","kind":"service","id":"{{Offers.A.Id}}"}""")),
        Item("modified-not-a-number", ["modified"], s => s.RawItemThenD($$"""{"state":"deleted","kind":"service","id":"{{Offers.A.Id}}","modified":"yesterday"}""")),
        Item("item-is-not-an-object", ["not a JSON object"], s => s.RawItemThenD("42"), fixable: false),
        Item("data-is-a-string", ["not a JSON object"], s => s.RawItemThenD(FaultScene.Item(Offers.A.Id, 90, JsonValue.Create("hello")))),
        Item("nested-location-id-not-a-uuid", ["/service_at_locations/0/location/id"], s => s.BadUpdateOfA(d => d["service_at_locations"]![0]!["location"]!["id"] = "loc-1")),
        Item("very-long-name", ["/name"], s => s.BadUpdateOfA(d => d["name"] = new string('x', 100_000))),
        Item("email-not-an-address", ["/email"], s => s.BadUpdateOfA(d => d["email"] = "not an e-mail")),

        // --- Repaired: applied, with the bad part dropped or shown as words. ---
        Repair("javascript-url", ["dropped the link"], s => s.BadUpdateOfA(d => d["url"] = "javascript:alert(document.cookie)"),
            verify: (s, _) => Assert.Null(s.OfferA!.WebPage)),
        Repair("data-url-website", ["dropped the link"], s => s.BadUpdateOfA(d => d["organization"]!["website"] = "data:text/html,<script>alert(1)</script>"),
            verify: (s, _) => Assert.Null(s.OfferA!.Organizer.Website)),
        Repair("javascript-contact-url", ["dropped the link"], s => s.BadUpdateOfA(d => d["additional_urls"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["url"] = "JavaScript:alert(1)" })),
            verify: (s, _) => Assert.Null(s.OfferA!.Contact.Web)),
        Repair("relative-url", ["dropped the link"], s => s.BadUpdateOfA(d => d["url"] = "/tilbud/strik"),
            verify: (s, _) => Assert.Null(s.OfferA!.WebPage)),
        Repair("html-and-script-in-texts", ["HTML tags"], s => s.BadUpdateOfA(d => d["description"] = "Kom og vær med! <script>alert('x')</script>\n\n<b>Fed</b> tekst <img src=x onerror=alert(1)>"),
            verify: (s, _) =>
            {
                Assert.Equal("Kom og vær med! <script>alert('x')</script>", s.OfferA!.Summary);
                Assert.Equal("<b>Fed</b> tekst <img src=x onerror=alert(1)>", s.OfferA.Description);
            }),
        Repair("byday-XX", ["byday"], s => s.BadUpdateOfA(d => d["schedules"]![0]!["byday"] = "MO,XX"), verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("closes-before-opens", ["closes at"], s => s.BadUpdateOfA(d => { d["schedules"]![0]!["opens_at"] = "14:00"; d["schedules"]![0]!["closes_at"] = "10:00"; }),
            verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("until-before-start", ["until is before"], s => s.BadUpdateOfA(d => { d["schedules"]![0]!["dtstart"] = "2027-03-01"; d["schedules"]![0]!["until"] = "2027-01-01"; }),
            verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("opens-at-25", ["opens_at"], s => s.BadUpdateOfA(d => d["schedules"]![0]!["opens_at"] = "25:00"), verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("interval-zero", ["interval"], s => s.BadUpdateOfA(d => d["schedules"]![0]!["interval"] = 0), verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("monthly-without-days", ["monthly rule"], s => s.BadUpdateOfA(d => { d["schedules"]![0]!["freq"] = "MONTHLY"; d["schedules"]![0]!.AsObject().Remove("byday"); }),
            verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("closed-date-not-a-date", ["x_closed_dates"], s => s.BadUpdateOfA(d => d["schedules"]![0]!["x_closed_dates"] = new JsonArray("2026-13-45")),
            verify: (s, _) => AssertWordsOnly(s.OfferA!)),
        Repair("schedule-at-a-place-not-embedded", ["not one of the service's places"], s => s.BadUpdateOfA(d => d["schedules"]![0]!["location_id"] = Guid.NewGuid().ToString()),
            verify: (s, _) => Assert.Null(s.OfferA!.Schedules[0].LocationId)),
        Repair("unknown-taxonomy-term", ["unknown term"], s => s.BadUpdateOfA(d => d["attributes"]!.AsArray().Add(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["code"] = "knitting", ["name"] = "Strik", ["description"] = "Strik", ["taxonomy"] = "dk-kiosk-theme" },
            })),
            verify: (s, _) => Assert.DoesNotContain("knitting", s.OfferA!.Themes)),
        Repair("same-id-twice-in-one-page", ["more than once"], s =>
            {
                s.Feed.Publish(Offers.D with { Name = "D version 2" }, modified: 20);
                s.Feed.Publish(Offers.D with { Name = "D version 1" }, modified: 10);
            },
            verify: (s, _) => Assert.Equal("D version 2", s.Rig.Offer(Offers.D.Id)!.Name)),

        // --- Odd but legal: applied without a word. ---
        Benign("unknown-fields", s => s.BadUpdateOfA(d => { d["x_colour"] = "blue"; d["funding"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString() }); }),
            verify: (s, _) => Assert.Equal("A ændret", s.OfferA!.Name)),
        Benign("null-values-read-as-absent", s => s.BadUpdateOfA(d => { d["email"] = null; d["alert"] = null; d["organization"]!["website"] = null; }),
            verify: (s, _) => Assert.Null(s.OfferA!.Contact.Email)),
        Benign("upper-case-uuid", s =>
            {
                var id = Offers.A.Id.ToString().ToUpperInvariant();
                s.RawItemThenD(FaultScene.Item(Offers.A.Id, 90, Data(Offers.A with { Name = "A ændret" }, d => d["id"] = id)).Replace(Offers.A.Id.ToString(), id, StringComparison.Ordinal));
            },
            verify: (s, _) => Assert.Equal(4, s.Rig.Catalogue.Offers.Count)),
        Benign("modified-above-2^53", s => s.Feed.Publish(Offers.A with { Name = "A ændret" }, modified: 9_007_199_254_740_993),
            verify: (s, _) => Assert.Equal(9_007_199_254_740_993, s.Rig.Store.GetFeedModifiedAsync("service", Offers.A.Id.ToString()).Result)),
        Benign("older-version-arrives-later", s => { s.Feed.Publish(Offers.A with { Name = "Gammel" }, modified: 0); s.Feed.Publish(Offers.D); },
            verify: (s, _) => Assert.Equal(Offers.A.Name, s.OfferA!.Name)),
        Benign("emoji-and-danish-letters", s => s.Feed.Publish(Offers.A with { Name = "Strik 🧶 og snak – æøå ÆØÅ" }),
            verify: (s, _) => Assert.Equal("Strik 🧶 og snak – æøå ÆØÅ", s.OfferA!.Name)),
        Benign("tombstone-for-an-unknown-id", s => { s.Feed.Delete(Guid.NewGuid()); s.Feed.Publish(Offers.D); }),
        Benign("defunct-service-is-removed", s => s.BadUpdateOfA(d => d["status"] = "defunct"),
            verify: (s, _) => Assert.Null(s.OfferA)),
        Benign("unknown-kind-is-skipped", s => s.RawItemThenD(FaultScene.Item(Guid.NewGuid(), 90, new JsonObject { ["name"] = "Koncert" }, kind: "event"))),
        Benign("empty-page-whose-next-moves-on", s =>
            {
                s.PublishChanges();
                s.Feed.Fault = async c =>
                {
                    // In-stream filtering: an empty page that is not the end; its next leads on.
                    if (c.Request.QueryString.Value != "?afterChangeNumber=3")
                    {
                        return false;
                    }

                    await Respond.Text($$"""{"next":"{{s.NextPageUrl}}&filtered=1","items":[]}""")(c);
                    return true;
                };
            },
            verify: (s, _) => Assert.NotNull(s.Rig.Offer(Offers.D.Id))),
        Benign("byte-order-mark", s =>
            {
                s.PublishChanges();
                s.BreakNextPage(Respond.Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s.HealthyPage)]));
            },
            verify: (s, _) => Assert.NotNull(s.Rig.Offer(Offers.D.Id))),
        Benign("modified-as-a-string", s => s.RawItemThenD(FaultScene.Item(Offers.A.Id, 90, Data(Offers.A with { Name = "A ændret" })).Replace("\"modified\":90", "\"modified\":\"90\"", StringComparison.Ordinal)),
            verify: (s, _) => Assert.Equal("A ændret", s.OfferA!.Name)),
    ];

    public static IEnumerable<object[]> Names => Cases.Select(c => new object[] { c.Name });

    public static FaultCase Get(string name) => Cases.Single(c => c.Name == name);

    private static FaultCase Page(string name, string[] keywords, Action<FaultScene> install, Action<FaultScene, SyncOutcome>? verify = null, Action<FaultScene>? heal = null, bool restart = false) =>
        new(name, FaultKind.Page, keywords, s =>
        {
            s.PublishChanges();
            install(s);
        }, verify, heal, restart);

    /// <param name="fixable">False when the bad item has no usable id: no later version can replace it, so it stays counted until a full resync.</param>
    private static FaultCase Item(string name, string[] keywords, Action<FaultScene> install, bool fixable = true) =>
        new(name, FaultKind.Item, keywords, install, (s, _) =>
        {
            Assert.Equal(Offers.A.Name, s.OfferA?.Name); // The last good version stays.
            Assert.NotNull(s.Rig.Offer(Offers.D.Id));   // The rest of the page is applied.
            Assert.Equal("1", s.Rig.MetaAsync(SqliteOfferStore.QuarantinedCountKey).Result);
        }, s => s.FixA(), Fixable: fixable);

    private static FaultCase Repair(string name, string[] keywords, Action<FaultScene> install, Action<FaultScene, SyncOutcome> verify) =>
        new(name, FaultKind.Repair, keywords, install, verify, s => s.FixA());

    private static FaultCase Benign(string name, Action<FaultScene> install, Action<FaultScene, SyncOutcome>? verify = null) =>
        new(name, FaultKind.Benign, [], install, verify);

    private static JsonObject Data(Offer offer, Action<JsonObject>? change = null)
    {
        var data = Feed.Mapping.OfferToHsds.Write(offer);
        change?.Invoke(data);
        return data;
    }

    private static void AssertWordsOnly(Offer offer)
    {
        var schedule = Assert.Single(offer.Schedules);
        Assert.False(ScheduleCalculator.IsValid(schedule, out _));
        Assert.Equal(Offers.A.Schedules[0].Description, schedule.Description);
        Assert.Equal(Offers.A.Schedules[0].Description, ScheduleWording.Describe(schedule, "da"));
        Assert.Empty(ScheduleCalculator.NextOccurrences(offer, DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen));
    }

    /// <summary>The healthy page with one Danish letter's second byte broken: invalid UTF-8 inside a string.</summary>
    private static byte[] InvalidUtf8(string page)
    {
        var bytes = Encoding.UTF8.GetBytes(page);
        int at = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xC3, 0xA6]); // "æ"
        bytes[at + 1] = 0x28;
        return bytes;
    }

    private static bool Fail(Microsoft.AspNetCore.Http.HttpContext context)
    {
        context.Response.StatusCode = 500;
        return true;
    }
}
