using System.Text.Json.Nodes;

namespace KioskGuide.Feed.Decoding;

/// <summary>
/// The profile reads a null-valued property as absent (many HSDS publishers write null for "none");
/// removing them before validation keeps the schema free of null unions.
/// </summary>
internal static class NullValues
{
    public static void RemoveNullProperties(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(name);
                }

                foreach (var (_, value) in o)
                {
                    RemoveNullProperties(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    RemoveNullProperties(item);
                }

                break;
        }
    }
}
