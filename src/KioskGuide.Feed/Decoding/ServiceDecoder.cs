using System.Text.Json;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Feed.Decoding;

/// <summary>
/// One HSDS service from a feed or an import file to an <see cref="Domain.Offers.Offer"/>: remove nulls,
/// validate against the profile's schema, repair or reject, then map. Never throws on bad data.
/// </summary>
public static class ServiceDecoder
{
    public static DecodedService Decode(JsonNode? data, DecodeMode mode)
    {
        if (data is not JsonObject service)
        {
            return Reject($"data is {(data is null ? "missing" : "not a JSON object")}");
        }

        try
        {
            NullValues.RemoveNullProperties(service);
            var notes = new List<string>();
            var problems = ProfileSchema.Service.Validate(service.ToJsonString());
            if (problems.Count > 0)
            {
                if (mode == DecodeMode.Strict)
                {
                    return Reject(string.Join("; ", problems.Take(5)));
                }

                if (SchemaRepair.TryRepair(service, problems, notes) is { } unrepairable)
                {
                    return Reject(unrepairable.Message);
                }

                if (ProfileSchema.Service.Validate(service.ToJsonString()) is { Count: > 0 } left)
                {
                    return Reject(left[0].Message);
                }
            }

            var offer = HsdsToOffer.Read(service, notes);
            if (mode == DecodeMode.Strict && notes.Where(Notes.IsRepair).ToList() is { Count: > 0 } repairs)
            {
                return Reject(string.Join("; ", repairs));
            }

            return new DecodedService { Offer = offer, Status = HsdsToOffer.Status(service), Notes = notes, Json = service };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException
                                       or Newtonsoft.Json.JsonException or OverflowException)
        {
            return Reject($"unreadable: {ex.Message}");
        }
    }

    /// <summary>Parses text first; invalid JSON is a rejection like any other.</summary>
    public static DecodedService Decode(string json, DecodeMode mode)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return Reject($"not valid JSON: {ex.Message}");
        }

        return Decode(node, mode);
    }

    private static DecodedService Reject(string reason) => new() { Rejection = reason };
}
