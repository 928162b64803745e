namespace KioskGuide.Benchmarks;

/// <summary>Count, median, 95th percentile and maximum of a set of durations (nearest-rank percentiles).</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double Max)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN);
        }

        return new Percentiles(sorted.Length, Rank(sorted, 50), Rank(sorted, 95), sorted[^1]);
    }

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    private static double Rank(double[] sorted, double percent)
    {
        int rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
