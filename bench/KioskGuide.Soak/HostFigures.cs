using System.Globalization;
using System.Text.Json;

namespace KioskGuide.Soak;

/// <summary>
/// The kiosk host's own figures: RSS, threads and open handles from /proc (the benchmark's process is not the
/// kiosk's), the managed heap from the host's GET /health/process (RSS alone cannot tell a leak from a lazy GC).
/// </summary>
internal sealed record HostFigures(double RssMb, double HeapMb, int Threads, int Handles)
{
    public static async Task<HostFigures> ReadAsync(int pid, HttpClient host)
    {
        var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
        long Field(string name) => long.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        using var figures = JsonDocument.Parse(await host.GetStringAsync("/health/process"));
        return new HostFigures(Field("VmRSS:") / 1024.0, figures.RootElement.GetProperty("managedHeapMb").GetDouble(), (int)Field("Threads:"), Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"host RSS {RssMb,6:0.0} MB, managed heap {HeapMb,6:0.0} MB, threads {Threads,3}, open handles {Handles,4}");

    /// <summary>(max − min) / min over the samples, in per cent.</summary>
    public static double SpreadPercent(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : (list.Max() - list.Min()) * 100 / list.Min();
    }
}
