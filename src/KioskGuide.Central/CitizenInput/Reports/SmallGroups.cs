using System.Globalization;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// Small-group suppression: a count below 5 (0 included) is shown as "&lt;5" everywhere — the page, the
/// chart, the CSV and the PDF — and its true value never leaves this class: a suppressed cell carries no
/// number, so no renderer can draw a bar or print a figure from it.
/// </summary>
public static class SmallGroups
{
    /// <summary>Fixed, not configurable: nobody can lower it by accident.</summary>
    public const int Threshold = 5;

    public const string Suppressed = "<5";

    public static CountCell Cell(int count) =>
        count < Threshold ? new CountCell(Suppressed, null) : new CountCell(count.ToString(CultureInfo.InvariantCulture), count);
}

/// <summary>A count as shown: <see cref="Value"/> is null when it is suppressed.</summary>
public sealed record CountCell(string Text, int? Value)
{
    public bool IsSuppressed => Value is null;
}
