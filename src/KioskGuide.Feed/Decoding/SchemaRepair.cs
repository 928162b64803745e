using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Feed.Decoding;

/// <summary>
/// The kiosk's policy for a service that breaks the schema: a broken link is dropped, a broken
/// schedule is kept as its words only; any other problem quarantines the whole service, because the
/// kiosk would otherwise show something the publisher did not mean.
/// </summary>
internal static class SchemaRepair
{
    /// <summary>Properties that hold a link, by their path with array indexes left out.</summary>
    private static readonly HashSet<string> LinkPaths = new(StringComparer.Ordinal)
    {
        "url",
        "additional_urls/url",
        "organization/website",
        "organization/logo",
        "service_at_locations/location/url",
        "service_at_locations/location/accessibility/url",
    };

    /// <returns>Null when every problem was repaired; otherwise the first problem that cannot be.</returns>
    public static SchemaProblem? TryRepair(JsonObject service, IReadOnlyList<SchemaProblem> problems, List<string> notes)
    {
        var brokenSchedules = new SortedDictionary<int, SchemaProblem>();
        var brokenLinks = new List<SchemaProblem>();
        foreach (var problem in problems)
        {
            var path = problem.Path;
            if (path.Count >= 2 && path[0] is "schedules" && path[1] is int index)
            {
                brokenSchedules.TryAdd(index, problem);
            }
            else if (LinkPaths.Contains(string.Join('/', path.OfType<string>())) && path[^1] is string)
            {
                brokenLinks.Add(problem);
            }
            else
            {
                return problem;
            }
        }

        // From the last down, so removing an additional URL does not shift the ones still to do.
        foreach (var problem in brokenLinks.OrderByDescending(p => p.JsonPointer, StringComparer.Ordinal))
        {
            if (Parent(service, problem.Path) is JsonObject owner && problem.Path[^1] is string name)
            {
                string text = owner[name]?.ToString() ?? "";
                if (problem.Path is ["additional_urls", int index, ..] && service["additional_urls"] is JsonArray urls && index < urls.Count)
                {
                    urls.RemoveAt(index); // A url object without its url is not one.
                }
                else
                {
                    owner.Remove(name);
                }

                notes.Add($"{problem.JsonPointer}: dropped the link '{SafeLinks.Shorten(text)}' (only absolute http, https and tel links are shown)");
            }
        }

        if (brokenSchedules.Count > 0 && service["schedules"] is JsonArray schedules)
        {
            // From the last index down, so removing one does not shift the ones still to do.
            foreach (var (index, problem) in brokenSchedules.Reverse())
            {
                var original = schedules[index] as JsonObject;
                var description = original?["description"] is JsonValue d && d.TryGetValue(out string? text) && text.Length is > 0 and <= 2000 ? text : null;
                schedules.RemoveAt(index);
                if (description is null || problem.Path.Count > 2 && problem.Path[2] is "description")
                {
                    notes.Add($"schedule {index + 1} dropped ({problem.Message}, and it has no usable description to show instead)");
                    continue;
                }

                // The id is kept when it is one; a broken id gets a stand-in so the words still validate.
                var id = original?["id"] is JsonValue v && v.TryGetValue(out string? idText) && Guid.TryParse(idText, out _)
                    ? idText
                    : StableId.Format(StableId.Create(StableId.ProfileNamespace, "words-only-schedule/" + index));
                var wordsOnly = new JsonObject { ["id"] = id, ["description"] = description };

                schedules.Insert(index, wordsOnly);
                notes.Add($"schedule {index + 1} shown as words only ({problem.Message})");
            }
        }

        return null;
    }

    private static JsonNode? Parent(JsonNode root, IReadOnlyList<object> path)
    {
        JsonNode? node = root;
        for (int i = 0; i < path.Count - 1 && node is not null; i++)
        {
            node = path[i] switch
            {
                string name when node is JsonObject o => o[name],
                int index when node is JsonArray a && index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }
}
