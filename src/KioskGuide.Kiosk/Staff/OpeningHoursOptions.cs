using System.Globalization;
using KioskGuide.Domain.Operations;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// Section "OpeningHours": the site's hours per weekday ("Monday": "10:00-19:00", "Wednesday": "10:00-12:00,
/// 13:00-19:00", "Sunday": "lukket"), its own closing days ("ClosedDates": ["2026-12-31"]) and whether Danish public
/// holidays close it (default yes). No weekday set at all: always open, as before.
/// </summary>
public sealed class OpeningHoursOptions
{
    public const string Section = "OpeningHours";

    public Dictionary<string, string> Days { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> ClosedDates { get; set; } = [];

    public bool ClosedOnPublicHolidays { get; set; } = true;
}

/// <summary>Names the setting that cannot be read, in one line.</summary>
public sealed class OpeningHoursOptionsValidator : IValidateOptions<OpeningHoursOptions>
{
    public ValidateOptionsResult Validate(string? name, OpeningHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (day, hours) in options.Days)
        {
            if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out _))
            {
                return ValidateOptionsResult.Fail($"OpeningHours:Days:{day} is not a weekday; use Monday … Sunday");
            }

            try
            {
                OpeningHours.ParseDay(hours);
            }
            catch (FormatException ex)
            {
                return ValidateOptionsResult.Fail($"OpeningHours:Days:{day}: {ex.Message}");
            }
        }

        for (var i = 0; i < options.ClosedDates.Count; i++)
        {
            if (!DateOnly.TryParseExact(options.ClosedDates[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidateOptionsResult.Fail($"OpeningHours:ClosedDates:{i} is '{options.ClosedDates[i]}'; write dates as 2026-12-31");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
