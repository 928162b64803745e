namespace KioskGuide.Central.Feed.Import;

/// <summary>The documented CSV columns (docs/hsds-profile/csv-import.md). One row is one offer at one place with at most one schedule.</summary>
public static class CsvColumns
{
    public const string Id = "id";
    public const string Status = "status";
    public const string Name = "name";
    public const string Summary = "summary";
    public const string Description = "description";
    public const string Organisation = "organisation";
    public const string OrganisationType = "organisation_type";
    public const string OrganisationWebsite = "organisation_website";
    public const string Place = "place";
    public const string Street = "street";
    public const string PostalCode = "postal_code";
    public const string City = "city";
    public const string Town = "town";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string HowToGetThere = "how_to_get_there";
    public const string StepFree = "step_free";
    public const string HearingLoop = "hearing_loop";
    public const string AccessibleToilet = "accessible_toilet";
    public const string AccessNote = "access_note";
    public const string Rule = "schedule";
    public const string OpensAt = "opens_at";
    public const string ClosesAt = "closes_at";
    public const string ScheduleFrom = "schedule_from";
    public const string ScheduleTo = "schedule_to";
    public const string ClosedDates = "closed_dates";
    public const string ScheduleText = "schedule_text";
    public const string PriceDkk = "price_dkk";
    public const string PriceText = "price_text";
    public const string HowToJoin = "how_to_join";
    public const string JoinNote = "join_note";
    public const string ContactName = "contact_name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Web = "web";
    public const string WebPage = "webpage";
    public const string Languages = "languages";
    public const string MinAge = "min_age";
    public const string MaxAge = "max_age";
    public const string Themes = "themes";
    public const string TargetGroups = "target_groups";
    public const string LifeArenas = "life_arenas";
    public const string Strategies = "strategies";
    public const string Purposes = "purposes";
    public const string NameEn = "name_en";
    public const string SummaryEn = "summary_en";

    public static readonly IReadOnlyList<string> Required =
        [Name, Summary, Organisation, OrganisationType, Place, Street, PostalCode, City, HowToJoin];

    public static readonly IReadOnlyList<string> All =
    [
        Id, Status, Name, Summary, Description, Organisation, OrganisationType, OrganisationWebsite, Place, Street, PostalCode,
        City, Town, Latitude, Longitude, HowToGetThere, StepFree, HearingLoop, AccessibleToilet, AccessNote, Rule, OpensAt,
        ClosesAt, ScheduleFrom, ScheduleTo, ClosedDates, ScheduleText, PriceDkk, PriceText, HowToJoin, JoinNote, ContactName,
        Phone, Email, Web, WebPage, Languages, MinAge, MaxAge, Themes, TargetGroups, LifeArenas, Strategies, Purposes, NameEn, SummaryEn,
    ];
}
