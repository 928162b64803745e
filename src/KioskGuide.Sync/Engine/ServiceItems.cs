using System.Text.Json;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Storage.Feed;

namespace KioskGuide.Sync.Engine;

/// <summary>
/// Decides each published service: store it, remove it (tombstone, or no longer active), or quarantine
/// it. Shared by the RPDE and the plain-HSDS mode, so both apply the same policy.
/// </summary>
internal static class ServiceItems
{
    private const string Kind = HsdsProfile.ServiceKind;

    /// <summary>One service to a change or a quarantine, with at most one warning line about it.</summary>
    public static void Decide(string? publishedId, long modified, bool deleted, JsonElement? data, DecodedPage page)
    {
        if (!Guid.TryParse(publishedId, out var guid))
        {
            Quarantine(page, Key(publishedId), modified, $"the id {Shorten(publishedId)} is not a UUID");
            return;
        }

        // Upper/lower-case spellings of one UUID are one service.
        string id = StableId.Format(guid);
        if (deleted)
        {
            page.Changes.Add(new FeedItemChange(Kind, id, modified, null));
            return;
        }

        // A mutable view of the page's data; the decoder edits it (nulls, repairs) without copying the text.
        JsonNode? node = data is { ValueKind: JsonValueKind.Object } element ? JsonObject.Create(element)
            : data is { } other ? JsonValue.Create(other) : null;

        if (node is JsonObject o && o["id"] is JsonValue dataId && (!dataId.TryGetValue(out string? text) || !Guid.TryParse(text, out var inner) || inner != guid))
        {
            Quarantine(page, id, modified, $"data.id {Shorten(dataId.ToJsonString())} is not the item's id");
            return;
        }

        var decoded = ServiceDecoder.Decode(node, DecodeMode.Lenient);
        if (decoded.Offer is not { } offer)
        {
            Quarantine(page, id, modified, decoded.Rejection ?? "not a valid service");
            return;
        }

        if (decoded.Status != ServiceStatus.Active)
        {
            // Outside what a kiosk shows: treated like a tombstone, so it goes away everywhere.
            page.Changes.Add(new FeedItemChange(Kind, id, modified, null));
            return;
        }

        page.Changes.Add(new FeedItemChange(Kind, id, modified, offer));
        if (decoded.Notes.Count > 0)
        {
            page.Warnings.Add($"service {id} {Shorten(offer.Name)} was taken with changes: {string.Join("; ", decoded.Notes)}");
        }
    }

    private static void Quarantine(DecodedPage page, string id, long modified, string reason) =>
        page.Quarantined.Add(new FeedItemQuarantine(Kind, id, modified, reason));

    /// <summary>A key for an item whose id is no UUID, short enough to store.</summary>
    private static string Key(string? id) => id is null ? "(no id)" : id.Length <= 100 ? id : id[..100];

    private static string Shorten(string? text) => text is null ? "(none)" : text.Length <= 60 ? $"'{text}'" : $"'{text[..60]}…'";
}
