using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// HSDS <c>schedule</c> (an RFC 5545 subset) to and from the domain's <see cref="Schedule"/>. A rule the
/// kiosk cannot compute is kept as its words only (the publisher's <c>description</c>), so the citizen
/// still reads when it is held and never sees made-up times.
/// </summary>
public static class HsdsSchedules
{
    /// <summary>
    /// Longest span that may run past midnight. "Closes before it opens" is an overnight span (22:00–02:00);
    /// beyond this it is taken for a typing error (10:00–09:00 would be open 23 hours).
    /// </summary>
    public static readonly TimeSpan LongestOvernightSpan = TimeSpan.FromHours(16);

    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]; // indexed by DayOfWeek
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static JsonObject? Write(Guid serviceId, int index, Schedule s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var o = new JsonObject { ["id"] = OfferToHsds.Derived(serviceId, "schedule/" + index.ToString(CultureInfo.InvariantCulture)) };
        if (s.LocationId is { } locationId)
        {
            o["location_id"] = StableId.Format(locationId);
        }

        if (!ScheduleCalculator.IsValid(s, out _))
        {
            if (string.IsNullOrWhiteSpace(s.Description))
            {
                return null;
            }

            o["description"] = s.Description;
            o["x_timezone"] = HsdsProfile.TimeZone;
            return o;
        }

        o["freq"] = s.Freq == Frequency.Weekly ? "WEEKLY" : "MONTHLY";
        if (s.Interval != 1)
        {
            o["interval"] = s.Interval;
        }

        if (s.ByDay.Count > 0)
        {
            o["byday"] = string.Join(',', s.ByDay.Select(d => (d.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "") + DayCodes[(int)d.Day]));
        }

        if (s.ByMonthDay.Count > 0)
        {
            o["bymonthday"] = string.Join(',', s.ByMonthDay.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        }

        o["opens_at"] = Time(s.OpensAt);
        o["closes_at"] = Time(s.ClosesAt);
        AddDate(o, "dtstart", s.DtStart);
        AddDate(o, "valid_from", s.ValidFrom);
        AddDate(o, "valid_to", s.ValidTo);
        if (!string.IsNullOrWhiteSpace(s.Description))
        {
            o["description"] = s.Description;
        }

        o["x_timezone"] = HsdsProfile.TimeZone;
        if (s.ClosedDates.Count > 0)
        {
            o["x_closed_dates"] = new JsonArray([.. s.ClosedDates.Select(d => (JsonNode)Date(d))]);
        }

        if (s.BookBy is { } bookBy)
        {
            o["x_booking_deadline"] = new JsonObject { ["days_before"] = bookBy.DaysBefore, ["time"] = Time(bookBy.At) };
        }

        return o;
    }

    /// <summary>
    /// The profile's <c>x_booking_deadline</c> ({"days_before": 2, "time": "12:00"}: booking closes two days before each
    /// date at 12:00 local time). HSDS 3.1 has no such field. A malformed one is left out (and noted), the schedule kept.
    /// </summary>
    private static BookingDeadline? BookingDeadlineOf(JsonObject o, string label, List<string> notes)
    {
        if (o["x_booking_deadline"] is null)
        {
            return null;
        }

        var deadline = JsonRead.Object(o, "x_booking_deadline");
        if (deadline is not null && JsonRead.Number(deadline, "days_before") is { } days && days == Math.Floor(days) && days >= 0
            && days <= BookingDeadline.MaxDaysBefore && TryTime(Text(deadline, "time"), out var at))
        {
            return new BookingDeadline((int)days, at);
        }

        notes.Add($"{label}: x_booking_deadline is not {{days_before 0–{BookingDeadline.MaxDaysBefore}, time HH:MM}}, so it is left out");
        return null;
    }

    /// <summary>
    /// The schedule, a words-only schedule, or null when there is nothing to show. Every change from what
    /// was published is added to <paramref name="notes"/>.
    /// </summary>
    public static Schedule? Read(JsonObject o, int index, IReadOnlyCollection<Guid> placeIds, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(notes);
        string label = $"schedule {index + 1}";
        string? description = Text(o, "description");
        Guid? locationId = null;
        if (Text(o, "location_id") is { } locationText)
        {
            if (Guid.TryParse(locationText, out var parsed) && placeIds.Contains(parsed))
            {
                locationId = parsed;
            }
            else
            {
                notes.Add($"{label}: location_id {SafeLinks.Shorten(locationText)} is not one of the service's places, so it is shown at the first place");
            }
        }

        Schedule? WordsOnly(string reason)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                notes.Add($"{label} dropped ({reason}, and it has no description to show instead)");
                return null;
            }

            notes.Add($"{label} shown as words only ({reason})");
            return WordsOnlySchedule(description, locationId);
        }

        string? freq = Text(o, "freq");
        string? opens = Text(o, "opens_at");
        string? closes = Text(o, "closes_at");
        if (freq is null && opens is null && closes is null && Text(o, "byday") is null)
        {
            // The profile's way of publishing hours that follow no rule: words only. Not a fault.
            return string.IsNullOrWhiteSpace(description) ? null : WordsOnlySchedule(description, locationId);
        }

        if (Text(o, "x_timezone") is { } zone && zone != HsdsProfile.TimeZone)
        {
            return WordsOnly($"x_timezone '{SafeLinks.Shorten(zone)}' is not {HsdsProfile.TimeZone}");
        }

        foreach (var unsupported in new[] { "count", "byweekno", "byyearday" })
        {
            if (o[unsupported] is not null)
            {
                return WordsOnly($"{unsupported} is not supported");
            }
        }

        Frequency frequency;
        switch (freq)
        {
            case "WEEKLY": frequency = Frequency.Weekly; break;
            case "MONTHLY": frequency = Frequency.Monthly; break;
            default: return WordsOnly(freq is null ? "it has no freq" : $"freq '{SafeLinks.Shorten(freq)}' is not WEEKLY or MONTHLY");
        }

        if (!TryTime(opens, out var opensAt) || !TryTime(closes, out var closesAt))
        {
            return WordsOnly($"opening hours '{opens}'–'{closes}' are not HH:MM");
        }

        if (!TryByDay(Text(o, "byday"), out var byDay))
        {
            return WordsOnly($"byday '{SafeLinks.Shorten(Text(o, "byday") ?? "")}' is not a list of weekdays");
        }

        if (!TryByMonthDay(Text(o, "bymonthday"), out var byMonthDay))
        {
            return WordsOnly($"bymonthday '{SafeLinks.Shorten(Text(o, "bymonthday") ?? "")}' is not a list of days of the month");
        }

        int interval = 1;
        if (o["interval"] is not null)
        {
            if (JsonRead.Number(o, "interval") is not { } raw || raw < 1 || raw > 52 || raw != Math.Floor(raw))
            {
                return WordsOnly("interval is not a whole number from 1 to 52");
            }

            interval = (int)raw;
        }

        if (!TryDate(o, "dtstart", out var dtStart) || !TryDate(o, "until", out var until)
            || !TryDate(o, "valid_from", out var validFrom) || !TryDate(o, "valid_to", out var validTo))
        {
            return WordsOnly("a date is not YYYY-MM-DD");
        }

        if (until is { } u && (dtStart is { } start && u < start || validFrom is { } from && u < from))
        {
            return WordsOnly("until is before the start");
        }

        if (validTo is { } to && validFrom is { } fromDate && to < fromDate)
        {
            return WordsOnly("valid_to is before valid_from");
        }

        if (closesAt < opensAt && TimeSpan.FromDays(1) - (opensAt - closesAt) > LongestOvernightSpan)
        {
            return WordsOnly($"closes at {Time(closesAt)} before it opens at {Time(opensAt)}");
        }

        var closed = new List<DateOnly>();
        if (o["x_closed_dates"] is JsonArray closedDates)
        {
            foreach (var node in closedDates)
            {
                if (node is not JsonValue value || !value.TryGetValue(out string? text) || !TryParseDate(text, out var date))
                {
                    return WordsOnly("x_closed_dates holds something that is not a date");
                }

                closed.Add(date);
            }
        }

        var schedule = new Schedule
        {
            Freq = frequency,
            Interval = interval,
            ByDay = byDay,
            ByMonthDay = byMonthDay,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            DtStart = dtStart,
            ValidFrom = validFrom,
            ValidTo = until is { } last && (validTo is null || last < validTo) ? last : validTo,
            ClosedDates = closed,
            Description = description,
            LocationId = locationId,
            BookBy = BookingDeadlineOf(o, label, notes),
        };

        return ScheduleCalculator.IsValid(schedule, out var problem) ? schedule : WordsOnly(problem ?? "the rule cannot be computed");
    }

    /// <summary>
    /// Only the publisher's words: no weekdays and no hours, so the domain never expands it and
    /// <see cref="ScheduleWording"/> shows <see cref="Schedule.Description"/>.
    /// </summary>
    public static Schedule WordsOnlySchedule(string description, Guid? locationId = null) => new()
    {
        Freq = Frequency.Weekly,
        OpensAt = TimeOnly.MinValue,
        ClosesAt = TimeOnly.MinValue,
        Description = description,
        LocationId = locationId,
    };

    private static bool TryByDay(string? text, out IReadOnlyList<WeekdayRule> rules)
    {
        rules = [];
        if (text is null)
        {
            return true;
        }

        var list = new List<WeekdayRule>();
        foreach (var part in text.Split(','))
        {
            var token = part.Trim();
            if (token.Length < 2)
            {
                return false;
            }

            int day = Array.IndexOf(DayCodes, token[^2..]);
            if (day < 0)
            {
                return false;
            }

            int? ordinal = null;
            if (token.Length > 2)
            {
                if (!int.TryParse(token[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) || n is 0 or > 5 or < -1)
                {
                    return false;
                }

                ordinal = n;
            }

            list.Add(new WeekdayRule((DayOfWeek)day, ordinal));
        }

        rules = list;
        return true;
    }

    private static bool TryByMonthDay(string? text, out IReadOnlyList<int> days)
    {
        days = [];
        if (text is null)
        {
            return true;
        }

        var list = new List<int>();
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int day) || day is (< 1 or > 31) and not -1)
            {
                return false;
            }

            list.Add(day);
        }

        days = list;
        return true;
    }

    private static bool TryTime(string? text, out TimeOnly time)
    {
        time = default;
        return text is not null && TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static bool TryDate(JsonObject o, string name, out DateOnly? date)
    {
        date = null;
        if (o[name] is null)
        {
            return true;
        }

        if (Text(o, name) is { } text && TryParseDate(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Time(TimeOnly t) => t.ToString(t.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddDate(JsonObject o, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            o[name] = Date(d);
        }
    }
}
