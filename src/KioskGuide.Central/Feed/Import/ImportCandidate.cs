using System.Text.Json.Nodes;

namespace KioskGuide.Central.Feed.Import;

/// <summary>One service read from a source, before validation. <see cref="Where"/> names the file and line for the report.</summary>
/// <param name="Id">The id when the source could tell it even if the row is bad, so a bad row never deletes the last good version.</param>
public sealed record ImportCandidate(string Where, JsonNode? Service, string? Id, string? Error = null);
