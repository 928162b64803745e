namespace KioskGuide.Feed.Profile;

/// <summary>HSDS <c>service.status</c>. Only <see cref="Active"/> services are shown on a kiosk.</summary>
public static class ServiceStatus
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Defunct = "defunct";
    public const string TemporarilyClosed = "temporarily closed";
}
