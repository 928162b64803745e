using System.Globalization;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>The filters in plain Danish words, for the printed page, the CSV and the PDF.</summary>
public static class FilterText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static IReadOnlyList<(string Name, string Value)> Describe(ReportFilter filter, IReadOnlyList<string> areas) =>
    [
        ("Sted", filter.Site ?? "Alle steder"),
        ("Periode", Period(filter.From, filter.To)),
        ("Alder", filter.AgeBand is null ? "Alle aldre" : AgeLabel(filter.AgeBand)),
        ("Område", filter.Area is null ? "Alle områder" : AreaLabel(filter.Area, areas)),
    ];

    public static string AgeLabel(string id) => StandardOptions.AgeBands.FirstOrDefault(a => a.Id == id)?.Label.Da ?? id;

    public static string AreaLabel(string id, IReadOnlyList<string> areas) => areas.FirstOrDefault(a => StandardOptions.AreaId(a) == id) ?? id;

    /// <summary>"3. kvartal 2026".</summary>
    public static string Quarter(DateOnly start) => string.Create(Danish, $"{((start.Month - 1) / 3) + 1}. kvartal {start.Year}");

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);

    private static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "Hele perioden",
        ({ } f, { } t) when f.Day == 1 && (f.Month - 1) % 3 == 0 && t == f.AddMonths(3).AddDays(-1) => Quarter(f),
        ({ } f, null) => $"Fra {Date(f)}",
        (null, { } t) => $"Til og med {Date(t)}",
        ({ } f, { } t) => $"{Date(f)} – {Date(t)}",
    };
}
