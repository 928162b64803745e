using System.Text.Json;

namespace KioskGuide.Sync.Rpde;

/// <summary>One item of an RPDE page as published; <see cref="Problem"/> is set when it cannot be used.</summary>
public sealed record RpdeItem
{
    public string? State { get; init; }

    public string? Kind { get; init; }

    /// <summary>The id as published (string or number), for keys and messages.</summary>
    public string? Id { get; init; }

    public long? Modified { get; init; }

    /// <summary>The embedded data; valid only while the page is not disposed.</summary>
    public JsonElement? Data { get; init; }

    public string? Problem { get; init; }

    public const string Updated = "updated";
    public const string Deleted = "deleted";
}
