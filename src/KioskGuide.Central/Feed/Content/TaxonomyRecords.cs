using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Central.Feed.Data;

namespace KioskGuide.Central.Feed.Content;

/// <summary>The profile's vocabularies as HSDS taxonomy_term objects, Danish names with English in x_translations.</summary>
public static class TaxonomyRecords
{
    public static IReadOnlyList<FeedRecord> All() =>
    [
        .. Vocabularies.All.SelectMany(v => v.Terms.Select(term =>
        {
            string id = StableId.Format(Vocabularies.TermId(v.Taxonomy, term.Code));
            var json = new JsonObject
            {
                ["id"] = id,
                ["code"] = term.Code,
                ["name"] = term.Da,
                ["description"] = term.Da,
                ["taxonomy"] = v.Taxonomy,
                ["language"] = "da",
                ["x_translations"] = new JsonArray(
                    new JsonObject { ["language"] = "en", ["field"] = "name", ["value"] = term.En },
                    new JsonObject { ["language"] = "en", ["field"] = "description", ["value"] = term.En }),
            };
            return new FeedRecord(id, json.ToJsonString(FeedJson.Options));
        })),
    ];
}
