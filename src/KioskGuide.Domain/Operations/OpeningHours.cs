using System.Globalization;

namespace KioskGuide.Domain.Operations;

/// <summary>
/// When the site is open: hours per weekday (several spans a day allowed) and closing dates (the site's own and the
/// public holidays the kiosk computes). Outside them the kiosk shows its calm "closed" page. No hours at all means
/// always open, so a kiosk without this setting behaves as before.
/// </summary>
public sealed class OpeningHours
{
    private readonly Dictionary<DayOfWeek, IReadOnlyList<(TimeOnly Open, TimeOnly Close)>> _days;
    private readonly HashSet<DateOnly> _closed;

    public OpeningHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<(TimeOnly Open, TimeOnly Close)>> days, IEnumerable<DateOnly> closedDates)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = days.ToDictionary(d => d.Key, d => d.Value);
        _closed = [.. closedDates];
    }

    public static OpeningHours AlwaysOpen { get; } = new(new Dictionary<DayOfWeek, IReadOnlyList<(TimeOnly, TimeOnly)>>(), []);

    public bool IsAlwaysOpen => _days.Count == 0;

    /// <param name="local">The site's local time.</param>
    public bool IsOpen(DateTime local)
    {
        if (IsAlwaysOpen)
        {
            return true;
        }

        var time = TimeOnly.FromDateTime(local);
        return !_closed.Contains(DateOnly.FromDateTime(local))
            && _days.TryGetValue(local.DayOfWeek, out var spans)
            && spans.Any(s => time >= s.Open && time < s.Close);
    }

    /// <summary>The next moment the site opens after <paramref name="local"/> (within a year); null when never.</summary>
    public DateTime? NextOpening(DateTime local)
    {
        for (var day = 0; day < 366; day++)
        {
            var date = DateOnly.FromDateTime(local).AddDays(day);
            if (_closed.Contains(date) || !_days.TryGetValue(date.DayOfWeek, out var spans))
            {
                continue;
            }

            foreach (var (open, _) in spans.OrderBy(s => s.Open))
            {
                var at = date.ToDateTime(open);
                if (at > local)
                {
                    return at;
                }
            }
        }

        return null;
    }

    /// <summary>"10:00-19:00" or "10:00-12:00, 13:00-17:30"; empty or "lukket" for a closed day.</summary>
    /// <exception cref="FormatException">With the text that could not be read.</exception>
    public static IReadOnlyList<(TimeOnly Open, TimeOnly Close)> ParseDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("lukket", StringComparison.OrdinalIgnoreCase) || text.Trim().Equals("closed", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var spans = new List<(TimeOnly, TimeOnly)>();
        // An en dash is what a word processor makes of "10-19"; it means the same.
        foreach (var part in text.Replace('–', '-').Replace('—', '-').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
                || !TimeOnly.TryParseExact(ends[1], ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var close)
                || close <= open)
            {
                throw new FormatException($"'{part}' is not a span like 10:00-19:00");
            }

            spans.Add((open, close));
        }

        return spans;
    }
}
