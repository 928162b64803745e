using System.Text.Json;
using System.Text.Json.Nodes;

namespace KioskGuide.Central.Feed.Import;

/// <summary>
/// A folder of *.json files (subfolders included), each one HSDS service in the profile or an array of them.
/// Files are read in name order so reports are stable.
/// </summary>
public static class JsonFolderSource
{
    public static IEnumerable<ImportCandidate> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string name = Path.GetRelativePath(folder, file);
            var (node, error) = Parse(file);
            if (error is not null)
            {
                yield return new ImportCandidate(name, null, null, error);
                continue;
            }

            if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    array[i] = null; // Detach, so the service can be edited on its own.
                    yield return new ImportCandidate($"{name} item {i + 1}", item, IdOf(item));
                }
            }
            else
            {
                yield return new ImportCandidate(name, node, IdOf(node));
            }
        }
    }

    private static (JsonNode? Node, string? Error) Parse(string file)
    {
        try
        {
            return (JsonNode.Parse(File.ReadAllBytes(file), documentOptions: new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip }), null);
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
    }

    private static string? IdOf(JsonNode? node) =>
        node is JsonObject o && o["id"] is JsonValue v && v.TryGetValue(out string? id) ? id : null;
}
