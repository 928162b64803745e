using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;
using static KioskGuide.Central.Feed.Import.CsvColumns;

namespace KioskGuide.Central.Feed.Import;

/// <summary>
/// The CSV's one schedule: an RRULE-like rule ("WEEKLY;BYDAY=TU,FR", "MONTHLY;BYDAY=1SA",
/// "WEEKLY;INTERVAL=2;BYDAY=WE") with hours and dates, checked by the same reader the kiosk uses.
/// </summary>
internal static class CsvSchedule
{
    public static IReadOnlyList<Schedule> Read(Cells cells, List<string> problems)
    {
        string rule = cells[Rule];
        string text = cells[ScheduleText];
        if (rule.Length == 0)
        {
            return text.Length == 0 ? [] : [HsdsSchedules.WordsOnlySchedule(text)];
        }

        var o = new JsonObject { ["id"] = StableId.Format(Guid.NewGuid()) };
        foreach (var part in rule.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.Contains('=', StringComparison.Ordinal)
                ? (part[..part.IndexOf('=', StringComparison.Ordinal)].ToUpperInvariant(), part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..])
                : ("FREQ", part);
            switch (key)
            {
                case "FREQ": o["freq"] = value.ToUpperInvariant(); break;
                case "BYDAY": o["byday"] = value.ToUpperInvariant(); break;
                case "BYMONTHDAY": o["bymonthday"] = value; break;
                case "INTERVAL" when int.TryParse(value, out int interval): o["interval"] = interval; break;
                default:
                    problems.Add($"{Rule}: '{part}' is not understood (use FREQ, BYDAY, BYMONTHDAY, INTERVAL)");
                    return [];
            }
        }

        Set(o, "opens_at", cells[OpensAt]);
        Set(o, "closes_at", cells[ClosesAt]);
        Set(o, "valid_from", cells[ScheduleFrom]);
        Set(o, "valid_to", cells[ScheduleTo]);
        Set(o, "description", text);
        var closed = CsvOfferSource.List(cells[ClosedDates]);
        if (closed.Count > 0)
        {
            o["x_closed_dates"] = new JsonArray([.. closed.Select(d => (JsonNode)d)]);
        }

        var notes = new List<string>();
        var schedule = HsdsSchedules.Read(o, 0, [], notes);
        if (notes.Count > 0)
        {
            // On import a rule the kiosk could only show as words is an error the author can fix now.
            problems.AddRange(notes.Select(n => n.Replace("schedule 1", Rule, StringComparison.Ordinal)));
            return [];
        }

        return schedule is null ? [] : [schedule];
    }

    private static void Set(JsonObject o, string name, string value)
    {
        if (value.Length > 0)
        {
            o[name] = value;
        }
    }
}
