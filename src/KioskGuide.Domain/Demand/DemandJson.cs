using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace KioskGuide.Domain.Demand;

/// <summary>
/// The upload of one kiosk-day: <c>{"kioskId":"…","day":"2026-12-07","counts":[{"kind":"tile","key":"meet","count":12},…]}</c>.
/// The same record the kiosk stores; validated on the server before it replaces what it had for that kiosk and day.
/// </summary>
public static partial class DemandJson
{
    public const int MaxCounts = 5000;
    public const int MaxKeyLength = 64;
    public const int MaxCount = 1_000_000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize(DemandDay day) => JsonSerializer.Serialize(new Wire(day.KioskId, day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Counts), Options);

    /// <summary>The day, or the problems that make it unacceptable (each names its field).</summary>
    /// <remarks>A search key that is not what <see cref="DemandTerms.Normalise"/> makes of it (a kiosk of another
    /// version, or a forged upload carrying text) is counted as <see cref="DemandTerms.Other"/>, never stored as sent.</remarks>
    public static (DemandDay? Day, IReadOnlyList<string> Problems) Parse(string json)
    {
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(json, Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"body: not a demand day ({ex.Message})"]);
        }

        var problems = new List<string>();
        if (wire is null)
        {
            return (null, ["body: null"]);
        }

        if (wire.KioskId is null || !KioskIdPattern().IsMatch(wire.KioskId))
        {
            problems.Add("kioskId: 2–63 lower-case letters, digits or dashes");
        }

        if (!DateOnly.TryParseExact(wire.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problems.Add("day: yyyy-MM-dd");
        }

        var counts = wire.Counts ?? [];
        if (wire.Counts is null)
        {
            problems.Add("counts: missing");
        }
        else if (counts.Count > MaxCounts)
        {
            problems.Add($"counts: at most {MaxCounts}");
        }

        var merged = new Dictionary<(string, string), int>();
        for (int i = 0; i < counts.Count && problems.Count < 20; i++)
        {
            var c = counts[i];
            if (c is null || c.Kind is null || !DemandKinds.All.Contains(c.Kind))
            {
                problems.Add($"counts[{i}].kind: unknown");
                continue;
            }

            if (c.Key is null || c.Key.Length > MaxKeyLength)
            {
                problems.Add($"counts[{i}].key: at most {MaxKeyLength} characters");
                continue;
            }

            if (c.Count is < 1 or > MaxCount)
            {
                problems.Add($"counts[{i}].count: 1–{MaxCount}");
                continue;
            }

            var key = DemandKinds.IsSearch(c.Kind) && c.Key != DemandTerms.Other && DemandTerms.Normalise(c.Key) != c.Key ? DemandTerms.Other : c.Key;
            merged[(c.Kind, key)] = checked(merged.GetValueOrDefault((c.Kind, key)) + c.Count);
        }

        return problems.Count > 0
            ? (null, problems)
            : (new DemandDay(wire.KioskId!, day, DemandDay.Canonical(merged.Select(e => new DemandCount(e.Key.Item1, e.Key.Item2, e.Value)))), []);
    }

    private sealed record Wire(string? KioskId, string? Day, IReadOnlyList<DemandCount?>? Counts);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex KioskIdPattern();
}
