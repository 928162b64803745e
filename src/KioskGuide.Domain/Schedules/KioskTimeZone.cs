using KioskGuide.Domain.Offers;
namespace KioskGuide.Domain.Schedules;

/// <summary>The zone every schedule's wall-clock times are in.</summary>
public static class KioskTimeZone
{
    public const string CopenhagenId = "Europe/Copenhagen";

    public static TimeZoneInfo Copenhagen { get; } = TimeZoneInfo.FindSystemTimeZoneById(CopenhagenId);
}
