using System.Globalization;

namespace KioskGuide.Benchmarks;

/// <summary>Plain-text output: headings, aligned table rows and PASS/OVER against a target.</summary>
internal static class Report
{
    public static void Heading(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(new string('=', title.Length));
    }

    public static void Line(string text = "") => Console.WriteLine(text);

    /// <summary>A row of columns: the first left-aligned in <paramref name="firstWidth"/>, the rest right-aligned in 10.</summary>
    public static void Row(int firstWidth, string first, params string[] rest) =>
        Console.WriteLine(first.PadRight(firstWidth) + string.Concat(rest.Select(r => r.PadLeft(10))));

    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Ms1(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>"p95 3.214 ms (target ≤ 5 ms: PASS)". A figure over target is reported, never fatal.</summary>
    public static string AgainstTarget(string label, double value, double target, Func<double, string> format) =>
        $"{label} {format(value)} ms (target <= {target.ToString(CultureInfo.InvariantCulture)} ms: {(value <= target ? "PASS" : "OVER")})";
}
