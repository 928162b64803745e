using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Text;

namespace KioskGuide.Domain.Offers;

/// <summary>
/// The one JSON shape of <see cref="Offer"/> used by the demo content and the local store:
/// camelCase, enums as camelCase strings, times as "HH:mm", dates as "yyyy-MM-dd".
/// </summary>
public static class OfferJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Offer offer) => JsonSerializer.Serialize(offer, Options);

    /// <exception cref="JsonException">When the text is not a valid offer.</exception>
    public static Offer Deserialize(string json) =>
        JsonSerializer.Deserialize<Offer>(json, Options) ?? throw new JsonException("An offer was null.");

    public static IReadOnlyList<Offer> DeserializeList(string json) =>
        JsonSerializer.Deserialize<List<Offer>>(json, Options) ?? throw new JsonException("The offer list was null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new WallClockTimeConverter());
        options.Converters.Add(new VisibleTextConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Every string read loses its zero-width and bidi-control characters (<see cref="InvisibleCharacters"/>).</summary>
    private sealed class VisibleTextConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? InvisibleCharacters.Strip(reader.GetString()!)
            : throw new JsonException($"Expected a string, found {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    /// <summary>Wall-clock times as "HH:mm" (HSDS opens_at/closes_at); seconds are accepted on read.</summary>
    private sealed class WallClockTimeConverter : JsonConverter<TimeOnly>
    {
        private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is not null &&
                TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            throw new JsonException($"'{text}' is not a time of day in the form HH:mm.");
        }

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
    }
}
