using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// The planners' filters: site (kiosk id), period, age band and area. Null is "all". A period is one whole
/// calendar quarter (From its first day, To its last): finer periods would let two views differ by one person.
/// </summary>
public sealed record ReportFilter(string? Site = null, DateOnly? From = null, DateOnly? To = null, string? AgeBand = null, string? Area = null)
{
    public static ReportFilter All { get; } = new();

    /// <summary>How many of site, period, age band and area are set.</summary>
    public int DimensionCount => (Site is null ? 0 : 1) + (From is null && To is null ? 0 : 1) + (AgeBand is null ? 0 : 1) + (Area is null ? 0 : 1);

    /// <summary>
    /// From the query string (site, from, to, age, area); values that do not parse are ignored. The period becomes
    /// the quarter "from" is in (or "to", without "from").
    /// </summary>
    public static ReportFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var day = Date(query["from"]) ?? Date(query["to"]);
        return new(Text(query["site"]), day is { } d ? QuarterStart(d) : null, day is { } e ? QuarterStart(e).AddMonths(3).AddDays(-1) : null, Text(query["age"]), Text(query["area"]));
    }

    /// <summary>The first day of the quarter <paramref name="day"/> is in.</summary>
    public static DateOnly QuarterStart(DateOnly day) => new(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);

    /// <summary>The same filter as a query string ("?site=…&amp;from=…"), or "" for no filter.</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        Add("site", Site);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("age", AgeBand);
        Add("area", Area);
        return QueryString.Create(parts).ToUriComponent();

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(new(name, value));
            }
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
