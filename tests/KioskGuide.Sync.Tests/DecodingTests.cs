using System.Text;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Sync.Rpde;
using KioskGuide.Sync.Tests.Infrastructure;

namespace KioskGuide.Sync.Tests;

/// <summary>The kiosk's reading of single services and pages, beyond what the fault corpus covers.</summary>
public sealed class DecodingTests
{
    private static DecodedService Decode(Offer offer, Action<JsonObject> change)
    {
        var json = OfferToHsds.Write(offer);
        change(json);
        return ServiceDecoder.Decode(json.ToJsonString(), DecodeMode.Lenient);
    }

    [Theory]
    [InlineData("https://aabaek.dk/x", true)]
    [InlineData("http://aabaek.dk/x", true)]
    [InlineData("tel:+4572102030", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/path", false)]
    [InlineData("vbscript:msgbox", false)]
    public void Only_http_https_and_tel_links_are_kept(string link, bool kept) => Assert.Equal(kept, SafeLinks.IsAllowed(link));

    [Fact]
    public void Overnight_and_24_hour_schedules_are_kept_as_rules()
    {
        var overnight = Decode(Offers.A, d => { d["schedules"]![0]!["opens_at"] = "22:00"; d["schedules"]![0]!["closes_at"] = "02:00"; });
        Assert.Empty(overnight.Notes);
        Assert.True(overnight.Offer!.Schedules[0].IsOvernight);
        var allDay = Decode(Offers.A, d => { d["schedules"]![0]!["opens_at"] = "00:00"; d["schedules"]![0]!["closes_at"] = "23:59"; });
        Assert.Empty(allDay.Notes);
    }

    [Fact]
    public void A_booking_deadline_is_published_as_x_booking_deadline_and_read_back()
    {
        var offer = Offers.A with { Schedules = [Offers.A.Schedules[0] with { BookBy = new BookingDeadline(2, new TimeOnly(12, 0)) }] };
        var json = OfferToHsds.Write(offer);
        Assert.Equal("""{"days_before":2,"time":"12:00"}""", json["schedules"]![0]!["x_booking_deadline"]!.ToJsonString());

        var decoded = ServiceDecoder.Decode(json.ToJsonString(), DecodeMode.Strict);
        Assert.Empty(decoded.Notes);
        Assert.Equal(new BookingDeadline(2, new TimeOnly(12, 0)), decoded.Offer!.Schedules[0].BookBy);
    }

    [Fact]
    public void A_malformed_booking_deadline_makes_the_schedule_words_only_like_any_broken_schedule()
    {
        var decoded = Decode(Offers.A, d =>
        {
            d["schedules"]![0]!["description"] = "Første søndag i måneden.";
            d["schedules"]![0]!["x_booking_deadline"] = new JsonObject { ["days_before"] = -1, ["time"] = "12:00" };
        });
        Assert.NotNull(decoded.Offer);
        Assert.Contains(decoded.Notes, n => n.Contains("words only", StringComparison.Ordinal));
        Assert.Null(decoded.Offer!.Schedules[0].BookBy);
        Assert.Equal("Første søndag i måneden.", ScheduleWording.Describe(decoded.Offer.Schedules[0], "da"));
    }

    [Fact]
    public void Place_translations_go_out_as_x_translations_on_the_location_and_its_accessibility_and_come_back()
    {
        var place = Offers.A.Locations[0] with
        {
            HowToGetThere = "Bus 240 til Kirkevej.",
            Access = Offers.A.Locations[0].Access with { Note = "Rampe ved døren." },
            Translations = new Dictionary<string, PlaceTranslation>
            {
                ["en"] = new() { Name = "The parish room", HowToGetThere = "Bus 240 to Kirkevej.", AccessNote = "Ramp at the door." },
            },
        };
        var json = OfferToHsds.Write(Offers.A with { Locations = [place] });
        var location = json["service_at_locations"]![0]!["location"]!;
        Assert.Equal(2, location["x_translations"]!.AsArray().Count);
        Assert.Equal("description", location["accessibility"]![0]!["x_translations"]![0]!["field"]!.GetValue<string>());

        var decoded = ServiceDecoder.Decode(json.ToJsonString(), DecodeMode.Strict);
        Assert.Empty(decoded.Notes);
        var english = decoded.Offer!.Locations[0].Translations["en"];
        Assert.Equal(new PlaceTranslation { Name = "The parish room", HowToGetThere = "Bus 240 to Kirkevej.", AccessNote = "Ramp at the door." }, english);
    }

    [Fact]
    public void Zero_width_and_bidi_characters_are_stripped_on_sync()
    {
        var decoded = Decode(Offers.A, d => d["name"] = "Spise\u200Bfællesskab \u202Eenola\u202C");
        Assert.Equal("Spisefællesskab enola", decoded.Offer!.Name);
    }

    [Fact]
    public void Until_ends_the_rule_like_valid_to()
    {
        var decoded = Decode(Offers.A, d => { d["schedules"]![0]!["until"] = "2027-06-30"; d["schedules"]![0]!["valid_to"] = "2027-12-31"; });
        Assert.Equal(new DateOnly(2027, 6, 30), decoded.Offer!.Schedules[0].ValidTo);
    }

    [Fact]
    public void A_words_only_schedule_is_published_and_read_as_words_only()
    {
        var offer = Offers.A with { Schedules = [HsdsSchedules.WordsOnlySchedule("Efter aftale")] };
        var decoded = ServiceDecoder.Decode(OfferToHsds.Write(offer).ToJsonString(), DecodeMode.Strict);
        Assert.Empty(decoded.Notes);
        Assert.Equal("Efter aftale", ScheduleWording.Describe(Assert.Single(decoded.Offer!.Schedules), "da"));
    }

    [Fact]
    public void Translations_come_from_x_translations_and_danish_stays_canonical()
    {
        var decoded = Decode(Offers.A, d => d["x_translations"]!.AsArray().Add(new JsonObject { ["language"] = "uk", ["field"] = "name", ["value"] = "Прогулянка" }));
        Assert.Equal(Offers.A.Name, decoded.Offer!.Name);
        Assert.Equal("Прогулянка", decoded.Offer.Translations["uk"].Name);
        Assert.Equal(Offers.A.Translations["en"].Summary, decoded.Offer.Translations["en"].Summary);
    }

    [Fact]
    public void Modified_above_2_to_the_53_is_read_without_loss()
    {
        var body = Encoding.UTF8.GetBytes("""{"next":"http://x/feeds/services?afterChangeNumber=9007199254740993","items":[{"state":"deleted","kind":"service","id":"a","modified":9007199254740993}]}""");
        using var page = RpdePage.TryParse(body, out _)!;
        Assert.Equal(9_007_199_254_740_993, page.Items[0].Modified);
    }

    [Fact]
    public void A_plain_hsds_service_without_the_profiles_extras_is_still_read()
    {
        var plain = """
            {"id":"6c1f0a8e-1b7d-4c1e-9d0f-2a4b5c6d7e8f","name":"Rådgivning","status":"active","description":"Gratis rådgivning.",
             "organization":{"id":"7c1f0a8e-1b7d-4c1e-9d0f-2a4b5c6d7e8f","name":"Foreningen","description":"En forening"},
             "schedules":[{"id":"8c1f0a8e-1b7d-4c1e-9d0f-2a4b5c6d7e8f","freq":"WEEKLY","byday":"TH","opens_at":"16:00","closes_at":"18:00"}]}
            """;
        var decoded = ServiceDecoder.Decode(plain, DecodeMode.Lenient);
        Assert.Equal("Rådgivning", decoded.Offer!.Name);
        Assert.Equal(JoinMethod.CallFirst, decoded.Offer.HowToJoin);
        Assert.Equal([new WeekdayRule(DayOfWeek.Thursday)], decoded.Offer.Schedules[0].ByDay);
        Assert.Empty(decoded.Notes);
    }
}
