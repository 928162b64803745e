using System.Text.Json.Nodes;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Central.Tests.Feed;

public sealed class ProfileTests
{
    [Fact]
    public void Every_demo_offer_is_a_valid_profile_service_and_reads_back_unchanged()
    {
        foreach (var offer in DemoOffers.Load())
        {
            var json = OfferToHsds.Write(offer).ToJsonString(FeedJson.Options);
            var decoded = ServiceDecoder.Decode(json, DecodeMode.Strict);
            Assert.True(decoded.Offer is not null, $"{offer.Name}: {decoded.Rejection}");
            Assert.Empty(decoded.Notes);
            Assert.Equal(OfferJson.Serialize(offer), OfferJson.Serialize(decoded.Offer));
        }
    }

    [Fact]
    public void Writing_the_same_offer_twice_gives_the_same_json_so_unchanged_offers_never_look_changed()
    {
        var offer = DemoOffers.Load()[3];
        Assert.Equal(OfferToHsds.Write(offer).ToJsonString(), OfferToHsds.Write(offer).ToJsonString());
    }

    [Fact]
    public void The_validated_schema_is_the_documented_file()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.ProfileDocs, "service.schema.json")), ProfileSchema.ReadText());
    }

    [Fact]
    public void The_documented_example_service_is_valid()
    {
        var decoded = ServiceDecoder.Decode(File.ReadAllText(Path.Combine(TestPaths.ProfileDocs, "examples", "service.json")), DecodeMode.Strict);
        Assert.True(decoded.Offer is not null, decoded.Rejection);
    }

    [Fact]
    public void The_schema_rejects_what_the_profile_forbids()
    {
        var good = OfferToHsds.Write(DemoOffers.Load()[0]);
        string[] Problems(Action<JsonObject> spoil)
        {
            var copy = good.DeepClone().AsObject();
            spoil(copy);
            return [.. ProfileSchema.Service.Validate(copy.ToJsonString()).Select(p => p.JsonPointer)];
        }

        Assert.Empty(Problems(_ => { }));
        Assert.Contains("/status", Problems(s => s["status"] = "closed"));
        Assert.Contains("/name", Problems(s => s.Remove("name")));
        Assert.Contains("/id", Problems(s => s["id"] = "not-a-uuid"));
        Assert.Contains("/url", Problems(s => s["url"] = "javascript:alert(1)"));
        Assert.Contains("/schedules/0/byday", Problems(s => s["schedules"]![0]!["byday"] = "MO,XX"));
        Assert.Contains("/schedules/0/opens_at", Problems(s => s["schedules"]![0]!["opens_at"] = "25:00"));
        Assert.Contains("/service_at_locations/0/location/location_type", Problems(s => s["service_at_locations"]![0]!["location"]!["location_type"] = "house"));
        Assert.Contains("/service_at_locations/0/location/addresses/0/postal_code", Problems(s => s["service_at_locations"]![0]!["location"]!["addresses"]![0]!["postal_code"] = "47900"));
    }

    /// <summary>A faithful subset: every field the profile names exists in HSDS 3.1 (or is an x_ addition), and HSDS's required fields stay required.</summary>
    [Fact]
    public void The_profile_is_a_subset_of_HSDS_3_1()
    {
        Assert.True(Directory.Exists(TestPaths.HsdsSchemas), $"The HSDS 3.1 schemas are expected at {TestPaths.HsdsSchemas} (copied into the repository).");
        var profile = JsonNode.Parse(ProfileSchema.ReadText())!.AsObject();
        var definitions = profile["definitions"]!.AsObject();
        var objects = new Dictionary<string, JsonObject>
        {
            ["service"] = profile,
            ["organization"] = definitions["organization"]!.AsObject(),
            ["service_at_location"] = definitions["service_at_location"]!.AsObject(),
            ["location"] = definitions["location"]!.AsObject(),
            ["address"] = definitions["address"]!.AsObject(),
            ["accessibility"] = definitions["accessibility"]!.AsObject(),
            ["schedule"] = definitions["schedule"]!.AsObject(),
            ["phone"] = definitions["phone"]!.AsObject(),
            ["contact"] = definitions["contact"]!.AsObject(),
            ["language"] = definitions["language"]!.AsObject(),
            ["attribute"] = definitions["attribute"]!.AsObject(),
            ["cost_option"] = definitions["cost_option"]!.AsObject(),
            ["service_area"] = definitions["service_area"]!.AsObject(),
            ["url"] = definitions["url"]!.AsObject(),
        };

        foreach (var (name, schema) in objects)
        {
            var hsds = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.HsdsSchemas, name + ".json")))!.AsObject();
            var hsdsFields = hsds["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
            foreach (var (field, _) in schema["properties"]!.AsObject())
            {
                Assert.True(field.StartsWith("x_", StringComparison.Ordinal) || hsdsFields.Contains(field), $"{name}.{field} is not an HSDS 3.1 field");
            }

            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var field in hsds["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            {
                Assert.True(required.Contains(field), $"HSDS requires {name}.{field}; the profile must too");
            }
        }
    }
}
