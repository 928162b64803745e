using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>The planners' filters: site (kiosk id), period, age band and area. Null is "all".</summary>
public sealed record ReportFilter(string? Site = null, DateOnly? From = null, DateOnly? To = null, string? AgeBand = null, string? Area = null)
{
    public static ReportFilter All { get; } = new();

    /// <summary>From the query string (site, from, to, age, area); values that do not parse are ignored.</summary>
    public static ReportFilter FromQuery(IQueryCollection query) => new(
        Text(query["site"]),
        Date(query["from"]),
        Date(query["to"]),
        Text(query["age"]),
        Text(query["area"]));

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
