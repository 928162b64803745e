using System.Globalization;
using Microsoft.Extensions.Localization;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// Staff mode's words in the language this screen's staff member chose (<see cref="StaffSession.Culture"/>).
/// IStringLocalizer reads the current UI culture, so each lookup runs with the staff culture set and put back:
/// the citizen's language on the same circuit is never changed.
/// </summary>
public sealed class StaffWords(IStringLocalizer<StaffText> localizer, StaffSession session)
{
    public CultureInfo Culture => session.Culture;

    public string this[string key] => SayIn(new StaffMessage(key), session.Culture);

    public string Format(string key, params object[] args) => SayIn(new StaffMessage(key, args), session.Culture);

    public string Say(StaffMessage message) => SayIn(message, session.Culture);

    /// <summary>The message in a given language (the PIN pad shows English beside Danish before anyone chose).</summary>
    public string SayIn(StaffMessage message, CultureInfo culture) => In(culture, () => localizer[message.Key, message.Args].Value);

    /// <summary>A moment in Copenhagen time, e.g. "mandag 7. december kl. 15.40" / "Monday 7 December at 15:40".</summary>
    public string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, KioskGuide.Domain.Schedules.KioskTimeZone.Copenhagen).ToString(this["DateTimeFormat"], Culture);

    private static string In(CultureInfo culture, Func<string> lookup)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return lookup();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
