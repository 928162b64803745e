using System.Text.Encodings.Web;
using System.Text.Json;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// How feed JSON is written: compact, and with only what JSON itself requires escaped, so Danish letters
/// and "+45" stay readable and small. Feed JSON is served as application/json and never pasted into HTML.
/// </summary>
public static class FeedJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };
}
