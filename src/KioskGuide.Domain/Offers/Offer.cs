using KioskGuide.Domain.Schedules;

namespace KioskGuide.Domain.Offers;

/// <summary>
/// An offer ("tilbud"): one HSDS <c>service</c> as the kiosk shows it. Danish is canonical;
/// <see cref="Translations"/> holds other languages for the texts that have them.
/// </summary>
public sealed record Offer
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    /// <summary>One or two plain sentences: what it is.</summary>
    public required string Summary { get; init; }
    public string Description { get; init; } = "";
    public required Organizer Organizer { get; init; }
    public required IReadOnlyList<OfferLocation> Locations { get; init; }
    public IReadOnlyList<Schedule> Schedules { get; init; } = [];
    public required Cost Cost { get; init; }
    public required JoinMethod HowToJoin { get; init; }
    /// <summary>Extra words on joining, e.g. "Ring til Hanne dagen før".</summary>
    public string? JoinNote { get; init; }
    public required Contact Contact { get; init; }
    /// <summary>ISO 639-1 codes of the languages the offer is held in ("da", "en", "ar", "uk").</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["da"];
    public AgeRange? Ages { get; init; }
    /// <summary>Codes from <see cref="Taxonomy.KioskTaxonomy.Themes"/>.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Codes from <see cref="Taxonomy.KioskTaxonomy.TargetGroups"/>; empty means "for everyone".</summary>
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> LifeArenas { get; init; } = [];
    public IReadOnlyList<string> Strategies { get; init; } = [];
    public IReadOnlyList<Purpose> Purposes { get; init; } = [Purpose.Preventive];
    /// <summary>Language code → translated texts. Missing fields fall back to Danish.</summary>
    public IReadOnlyDictionary<string, OfferTranslation> Translations { get; init; } =
        new Dictionary<string, OfferTranslation>();
    /// <summary>The offer's own web page, used for the QR code on leaflets.</summary>
    public Uri? WebPage { get; init; }
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>All towns/areas the offer takes place in.</summary>
    public IEnumerable<string> Towns => Locations.Select(l => l.Town).Distinct(StringComparer.Ordinal);

    public bool IsFree => Cost.IsFree;

    public bool IsStepFree => Locations.Count > 0 && Locations.All(l => l.Access.StepFree);
}

public sealed record OfferTranslation
{
    public string? Name { get; init; }
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string? JoinNote { get; init; }
    public string? CostDescription { get; init; }
}

public sealed record Organizer
{
    public required string Name { get; init; }
    public required ProviderType ProviderType { get; init; }
    public Uri? Website { get; init; }
}

public enum ProviderType
{
    Municipality,
    Region,
    Association,
    Volunteers,
    CivilSocietyOrganisation,
    HousingAssociation,
    VolunteerCentre,
}

public sealed record OfferLocation
{
    public required Guid Id { get; init; }
    /// <summary>Place name, e.g. "Kildevang Bibliotek".</summary>
    public required string Name { get; init; }
    public required Address Address { get; init; }
    /// <summary>The municipality's area or town the place belongs to; used by the area filter.</summary>
    public required string Town { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? HowToGetThere { get; init; }
    public Accessibility Access { get; init; } = new();
    /// <summary>Language code → the place's texts in that language. Missing fields fall back to Danish.</summary>
    public IReadOnlyDictionary<string, PlaceTranslation> Translations { get; init; } =
        new Dictionary<string, PlaceTranslation>();
}

/// <summary>A place's texts in another language: its name where it has one, directions and the access note.</summary>
public sealed record PlaceTranslation
{
    public string? Name { get; init; }
    public string? HowToGetThere { get; init; }
    public string? AccessNote { get; init; }
}

public sealed record Address
{
    public required string Street { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }

    public override string ToString() => $"{Street}, {PostalCode} {City}";
}

public sealed record Accessibility
{
    /// <summary>Step-free access (no steps, or a ramp or lift).</summary>
    public bool StepFree { get; init; }
    public bool HearingLoop { get; init; }
    public bool AccessibleToilet { get; init; }
    public string? Note { get; init; }
}

public sealed record Cost
{
    public required bool IsFree { get; init; }
    /// <summary>Price in Danish kroner per time or per period, when not free.</summary>
    public decimal? AmountDkk { get; init; }
    /// <summary>Plain words, e.g. "Gratis. Tag selv madpakke med." or "40 kr. pr. gang inkl. kaffe".</summary>
    public string? Description { get; init; }
}

public enum JoinMethod
{
    /// <summary>"Mød bare op".</summary>
    JustShowUp,
    /// <summary>"Ring først".</summary>
    CallFirst,
    /// <summary>"Tilmelding" (sign up in advance).</summary>
    SignUp,
    /// <summary>"Kræver henvisning" (via GP, municipality or a professional).</summary>
    Referral,
}

public sealed record Contact
{
    public string? ContactName { get; init; }
    /// <summary>Danish phone number as written, e.g. "+45 72 10 20 30" or "72 10 20 30".</summary>
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public Uri? Web { get; init; }
}

public sealed record AgeRange(int? Minimum, int? Maximum);

public enum Purpose
{
    /// <summary>"Forebyggende": keeps loneliness from arising.</summary>
    Preventive,
    /// <summary>"Afhjælpende": for people who are already lonely.</summary>
    Remedial,
}
