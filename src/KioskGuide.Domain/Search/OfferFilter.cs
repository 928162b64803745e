namespace KioskGuide.Domain.Search;

/// <summary>The filters a citizen has chosen. Every null or false field means "no restriction".</summary>
public sealed record OfferFilter
{
    public static readonly OfferFilter None = new();

    /// <summary>A home-tile code from <see cref="BrowseCategories"/>, or null for all offers.</summary>
    public string? Category { get; init; }
    /// <summary>A <see cref="Taxonomy.CitizenGroups"/> code ("elderly", "living-alone", …), or null for everyone.</summary>
    public string? Who { get; init; }
    public string? Town { get; init; }
    public DayChoice? Day { get; init; }
    public bool FreeOnly { get; init; }
    public bool StepFreeOnly { get; init; }

    /// <summary>True when no filter other than the category is set.</summary>
    public bool HasNoRefinements => Who is null && Town is null && Day is null && !FreeOnly && !StepFreeOnly;
}

/// <summary>Day filter choices. Weekdays mean the next such day within the coming seven days.</summary>
public enum DayChoice
{
    Today,
    Tomorrow,
    /// <summary>The next seven days, today included.</summary>
    Next7Days,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
