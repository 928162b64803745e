using System.Text.Json;

namespace KioskGuide.Sync.Hsds;

/// <summary>The HSDS API's Page wrapper around <c>contents</c> (openapi.json components.schemas.Page).</summary>
internal sealed class HsdsPage : IDisposable
{
    private readonly JsonDocument _document;

    private HsdsPage(JsonDocument document, List<JsonElement> contents, bool isLast)
    {
        _document = document;
        Contents = contents;
        IsLast = isLast;
    }

    public IReadOnlyList<JsonElement> Contents { get; }

    /// <summary>True on the last page (last_page, page_number ≥ total_pages, or no contents).</summary>
    public bool IsLast { get; }

    public static HsdsPage? TryParse(ReadOnlyMemory<byte> body, int pageNumber, out string? problem)
    {
        JsonDocument document;
        try
        {
            var bytes = body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = Rpde.RpdePage.MaxDepth });
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON ({ex.Message})";
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            problem = "the page has no \"contents\" array";
            return null;
        }

        var list = contents.EnumerateArray().ToList();
        bool last = list.Count == 0
            || root.TryGetProperty("last_page", out var lastPage) && lastPage.ValueKind == JsonValueKind.True
            || root.TryGetProperty("total_pages", out var total) && total.TryGetInt32(out int pages) && pageNumber >= pages;
        problem = null;
        return new HsdsPage(document, list, last);
    }

    public void Dispose() => _document.Dispose();
}
