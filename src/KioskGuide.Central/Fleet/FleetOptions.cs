using System.ComponentModel.DataAnnotations;
using KioskGuide.Central.Feed.Configuration;

namespace KioskGuide.Central.Fleet;

/// <summary>Section "Fleet": where the kiosks' heartbeats are kept and for how long.</summary>
public sealed class FleetOptions
{
    public const string Section = "Fleet";

    /// <summary>The heartbeats' SQLite file; empty: fleet.db beside the feed's database (Feed:DatabasePath).</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Heartbeats kept per kiosk for its history (at the default 5 minutes, 576 is two days).</summary>
    public string ResolveDatabasePath(FeedOptions feed) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DatabasePath)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(feed.DatabasePath)) ?? ".", "fleet.db")
            : DatabasePath);

    [Range(1, 100_000)]
    public int HistoryPerKiosk { get; set; } = 576;
}
