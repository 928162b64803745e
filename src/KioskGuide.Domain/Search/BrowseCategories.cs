using System.Collections.ObjectModel;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Domain.Search;

/// <summary>The home tiles, in display order, and which offers belong to each.</summary>
public static class BrowseCategories
{
    /// <summary>The tile whose membership depends on the time: offers happening today.</summary>
    public const string TodayCode = "today";

    /// <summary>The tile that holds every offer.</summary>
    public const string AllCode = "all";

    private static readonly string[] MeetThemes = ["dining", "drop-in", "culture", "language-cafe", "youth"];
    private static readonly string[] MoveThemes = ["walking", "exercise", "nature"];
    private static readonly string[] TalkThemes = ["visiting-friend", "phone-friend", "counselling", "self-help"];
    private static readonly string[] TalkStrategies = ["personal-support", "psychological-treatment"];
    private static readonly string[] LearnThemes = ["courses", "digital", "language-cafe", "volunteering"];

    private static readonly ReadOnlyCollection<BrowseCategory> Tiles = Array.AsReadOnly<BrowseCategory>(
    [
        new("meet", "Mød andre", "Meet other people", "people"),
        new("move", "Kom i bevægelse", "Get moving", "walk"),
        new("talk", "En at tale med", "Someone to talk to", "chat"),
        new("young", "For unge", "For young people", "youth"),
        new("seniors", "For seniorer", "For seniors", "senior"),
        new("families", "Børn og familier", "Children and families", "family"),
        new("learn", "Lær noget nyt", "Learn something new", "book"),
        new(TodayCode, "Sker i dag", "Happening today", "calendar"),
        new(AllCode, "Alle tilbud", "All offers", "grid"),
    ]);

    private static readonly Dictionary<string, BrowseCategory> ByCode =
        Tiles.ToDictionary(t => t.Code, StringComparer.Ordinal);

    public static IReadOnlyList<BrowseCategory> All => Tiles;

    public static BrowseCategory? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>True when <paramref name="offer"/> belongs under the tile <paramref name="code"/> at <paramref name="now"/>.</summary>
    public static bool Contains(string code, Offer offer, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return code == TodayCode
            ? OfferDays.OccursDuring(offer, DaySpan.For(DayChoice.Today, now, zone), zone)
            : ContainsTimeless(code, offer);
    }

    /// <summary>The citizen group a "who" tile shows, or null for a topic tile.</summary>
    public static CitizenGroup? GroupOf(string code) => code switch
    {
        "young" => CitizenGroups.Young,
        "seniors" => CitizenGroups.Elderly,
        "families" => CitizenGroups.Families,
        _ => null,
    };

    /// <summary>
    /// The first topic tile (not "today" or "all") an offer belongs to: the section it is printed under in the
    /// catalogue, so paper and screen sort offers the same way. Null when no topic tile takes it.
    /// </summary>
    public static BrowseCategory? PrimaryTopic(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return Tiles.FirstOrDefault(t => t.Code is not (TodayCode or AllCode) && ContainsTimeless(t.Code, offer));
    }

    /// <summary>Membership for every tile but <see cref="TodayCode"/> (which is false here); unknown codes are false.</summary>
    internal static bool ContainsTimeless(string code, Offer offer) => code switch
    {
        "meet" => HasAny(offer.Themes, MeetThemes),
        "move" => HasAny(offer.Themes, MoveThemes),
        "talk" => HasAny(offer.Themes, TalkThemes) || HasAny(offer.Strategies, TalkStrategies),
        // The "who" tiles are the citizen groups of the "Hvem" filter itself: one definition, so they cannot disagree.
        "young" => CitizenGroups.Young.Includes(offer),
        "seniors" => CitizenGroups.Elderly.Includes(offer),
        "families" => CitizenGroups.Families.Includes(offer),
        "learn" => HasAny(offer.Themes, LearnThemes),
        AllCode => true,
        _ => false,
    };

    private static bool HasAny(IReadOnlyList<string> codes, string[] wanted)
    {
        for (int i = 0; i < codes.Count; i++)
        {
            if (Array.IndexOf(wanted, codes[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
