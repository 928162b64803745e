using System.Globalization;
using KioskGuide.Domain.Operations;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Options;
using PublicHoliday;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// The site's opening hours from OpeningHours settings, with Denmark's public holidays (the PublicHoliday
/// package computes Easter and the days that hang on it) added as closing days for this year and the next.
/// </summary>
public sealed class SiteHours(IOptions<OpeningHoursOptions> options, TimeProvider time)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private OpeningHours? _hours;
    private int _year;

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime;

    public bool IsOpenNow => Hours().IsOpen(LocalNow);

    /// <summary>"Lukket — vi åbner igen tirsdag kl. 10.00"; without a next opening, only "Lukket".</summary>
    public string ClosedSentence()
    {
        var now = LocalNow;
        if (Hours().NextOpening(now) is not { } next)
        {
            return "Lukket";
        }

        var day = next.Date == now.Date ? "i dag" : next.Date == now.Date.AddDays(1) ? "i morgen" : next.ToString("dddd", Danish);
        var when = next.Date - now.Date > TimeSpan.FromDays(6) ? $"{day} {next.ToString("d. MMMM", Danish)}" : day;
        return $"Lukket — vi åbner igen {when} kl. {next.ToString("HH.mm", Danish)}";
    }

    private OpeningHours Hours()
    {
        var year = LocalNow.Year;
        if (_hours is null || year != _year)
        {
            var o = options.Value;
            var days = o.Days.ToDictionary(d => Enum.Parse<DayOfWeek>(d.Key, ignoreCase: true), d => OpeningHours.ParseDay(d.Value));
            var closed = o.ClosedDates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            if (o.ClosedOnPublicHolidays)
            {
                var denmark = new DenmarkPublicHoliday();
                closed.AddRange(denmark.PublicHolidays(year).Concat(denmark.PublicHolidays(year + 1)).Select(DateOnly.FromDateTime));
            }

            _hours = new OpeningHours(days, closed);
            _year = year;
        }

        return _hours;
    }
}
