using System.Globalization;
using System.Text.Json;

namespace KioskGuide.Sync.Rpde;

/// <summary>
/// An RPDE 1.x page: <c>{"next": "...", "items": [...]}</c>. Parsing checks the page's shape; each
/// item's own problems are kept on the item, so one bad item never rejects the page.
/// </summary>
public sealed class RpdePage : IDisposable
{
    /// <summary>Deep enough for any HSDS service, shallow enough that a nesting bomb is refused early.</summary>
    public const int MaxDepth = 64;

    private readonly JsonDocument _document;

    private RpdePage(JsonDocument document, Uri next, IReadOnlyList<RpdeItem> items)
    {
        _document = document;
        Next = next;
        Items = items;
    }

    public Uri Next { get; }

    public IReadOnlyList<RpdeItem> Items { get; }

    /// <returns>The page, or null with <paramref name="problem"/> saying why it is not a usable RPDE page.</returns>
    public static RpdePage? TryParse(ReadOnlyMemory<byte> body, out string? problem)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(WithoutBom(body), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON ({ex.Message})";
            return null;
        }

        var root = document.RootElement;
        problem = root.ValueKind != JsonValueKind.Object ? "the page is not a JSON object"
            : !root.TryGetProperty("next", out var next) || next.ValueKind != JsonValueKind.String ? "the page has no \"next\" link"
            : !IsAbsoluteHttp(next.GetString()) ? $"\"next\" ({Short(next.GetString())}) is not an absolute URL, which RPDE requires"
            : !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array ? "the page has no \"items\" array"
            : null;
        if (problem is not null)
        {
            document.Dispose();
            return null;
        }

        var list = new List<RpdeItem>(root.GetProperty("items").GetArrayLength());
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            list.Add(ReadItem(item));
        }

        return new RpdePage(document, new Uri(root.GetProperty("next").GetString()!, UriKind.Absolute), list);
    }

    public void Dispose() => _document.Dispose();

    private static RpdeItem ReadItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new RpdeItem { Problem = "an item is not a JSON object" };
        }

        string? id = item.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
        {
            JsonValueKind.String => idValue.GetString(),
            JsonValueKind.Number => idValue.GetRawText(),
            _ => null,
        } : null;
        string? state = item.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        string? kind = item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        long? modified = item.TryGetProperty("modified", out var m) ? Modified(m) : null;
        JsonElement? data = item.TryGetProperty("data", out var d) && d.ValueKind != JsonValueKind.Null ? d : null;

        string? problem = id is null ? "the item has no id"
            : state is not (RpdeItem.Updated or RpdeItem.Deleted) ? $"state {Short(state)} is neither \"updated\" nor \"deleted\""
            : modified is null ? "modified is missing or not a whole number"
            : state == RpdeItem.Updated && data is null ? "an updated item has no data"
            : null;
        return new RpdeItem { Id = id, State = state, Kind = kind, Modified = modified, Data = data, Problem = problem };
    }

    /// <summary>RPDE's modified: an integer, or an integer in a string. Read as 64-bit, so values above 2^53 lose nothing.</summary>
    private static long? Modified(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out long n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long n) => n,
        _ => null,
    };

    /// <summary>Absolute http(s) only: on Unix "/feeds/x" parses as an absolute file: URI.</summary>
    private static bool IsAbsoluteHttp(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 60 ? $"'{text}'" : $"'{text[..60]}…'";
}
