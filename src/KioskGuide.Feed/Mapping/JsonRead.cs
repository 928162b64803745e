using System.Globalization;
using KioskGuide.Domain.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KioskGuide.Feed.Mapping;

/// <summary>Tolerant reads from JSON nodes: a value of the wrong type reads as absent, never throws.</summary>
internal static class JsonRead
{
    /// <summary>A string property, without zero-width and bidi-control characters (see <see cref="InvisibleCharacters"/>).</summary>
    public static string? Text(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? InvisibleCharacters.Strip(v.GetValue<string>()) : null;

    // Numbers are read from their JSON text: a node built in code (an int) and a parsed one (a JsonElement) read alike.
    public static double? Number(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null;

    public static decimal? Decimal(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) ? d : null;

    public static IEnumerable<JsonObject> Objects(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonArray a ? a.OfType<JsonObject>() : [];

    public static JsonObject? Object(JsonNode? parent, string name) => parent is JsonObject o ? o[name] as JsonObject : null;
}
