using System.Globalization;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Profile;
using static KioskGuide.Feed.Mapping.JsonRead;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// Reads an HSDS service (the profile's shape, or any HSDS 3 service as far as it goes) into an
/// <see cref="Offer"/>. Never throws on odd values: what cannot be used is left out and said in the notes.
/// </summary>
public static class HsdsToOffer
{
    public static Offer Read(JsonObject service, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(notes);
        var id = Guid.Parse(Text(service, "id") ?? throw new FormatException("The service has no id."));
        var (summary, description) = HsdsNames.SplitDescription(Text(service, "description"));
        var terms = Terms(Objects(service, "attributes"), notes);
        var locations = Objects(service, "service_at_locations")
            .Select(sal => JsonRead.Object(sal, "location"))
            .OfType<JsonObject>()
            .Select(l => Location(l, notes))
            .OfType<OfferLocation>()
            .ToList();
        var placeIds = locations.Select(l => l.Id).ToHashSet();
        var schedules = Objects(service, "schedules")
            .Select((s, i) => HsdsSchedules.Read(s, i, placeIds, notes))
            .OfType<Schedule>()
            .ToList();

        var offer = new Offer
        {
            Id = id,
            Name = Text(service, "name") ?? "",
            Summary = summary,
            Description = description,
            Organizer = Organizer(JsonRead.Object(service, "organization"), notes),
            Locations = locations,
            Schedules = schedules,
            Cost = Cost(service),
            HowToJoin = terms.TryGetValue(Vocabularies.JoinMethod, out var join)
                ? Vocabularies.JoinMethods.First(j => j.Term.Code == join[0]).Value
                : JoinMethod.CallFirst, // Unknown: asking first is the safe advice.
            JoinNote = Text(service, "application_process"),
            Contact = Contact(service, notes),
            Languages = Languages(service),
            Ages = Ages(service),
            Themes = terms.GetValueOrDefault(Vocabularies.Theme, []),
            TargetGroups = terms.GetValueOrDefault(Vocabularies.TargetGroup, []),
            LifeArenas = terms.GetValueOrDefault(Vocabularies.LifeArena, []),
            Strategies = terms.GetValueOrDefault(Vocabularies.Strategy, []),
            Purposes = terms.TryGetValue(Vocabularies.Purpose, out var purposes)
                ? [.. purposes.Select(code => Vocabularies.Purposes.First(p => p.Term.Code == code).Value)]
                : [Purpose.Preventive],
            Translations = Translations(service),
            WebPage = Link(Text(service, "url"), "url", notes),
            LastModified = DateTimeOffset.TryParse(Text(service, "last_modified"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var modified) ? modified : null,
        };

        NoteMarkup(offer, notes);
        return offer;
    }

    /// <summary>HSDS <c>status</c>; a service without one is taken as active.</summary>
    public static string Status(JsonObject service) => Text(service, "status") ?? ServiceStatus.Active;

    private static Organizer Organizer(JsonObject? organization, List<string> notes)
    {
        var terms = Terms(Objects(organization, "attributes"), notes);
        return new Organizer
        {
            Name = Text(organization, "name") ?? "",
            ProviderType = terms.TryGetValue(Vocabularies.ProviderType, out var type)
                ? Vocabularies.ProviderTypes.First(p => p.Term.Code == type[0]).Value
                : ProviderType.Association,
            Website = Link(Text(organization, "website"), "organization.website", notes),
        };
    }

    private static OfferLocation? Location(JsonObject location, List<string> notes)
    {
        if (!Guid.TryParse(Text(location, "id"), out var id))
        {
            notes.Add("a place without a valid id was left out");
            return null;
        }

        var address = Objects(location, "addresses").FirstOrDefault();
        var accessibility = Objects(location, "accessibility").ToList();
        var flags = Terms(accessibility.SelectMany(a => Objects(a, "attributes")), notes)
            .GetValueOrDefault(Vocabularies.Accessibility, []);
        string city = Text(address, "city") ?? "";
        return new OfferLocation
        {
            Id = id,
            Name = Text(location, "name") ?? Text(address, "address_1") ?? "",
            Address = new Address
            {
                Street = Text(address, "address_1") ?? "",
                PostalCode = Text(address, "postal_code") ?? "",
                City = city,
            },
            Town = Text(address, "region") is { Length: > 0 } region ? region : city,
            Latitude = Number(location, "latitude"),
            Longitude = Number(location, "longitude"),
            HowToGetThere = Text(location, "transportation"),
            Access = new Accessibility
            {
                StepFree = flags.Contains(Vocabularies.StepFree),
                HearingLoop = flags.Contains(Vocabularies.HearingLoop),
                AccessibleToilet = flags.Contains(Vocabularies.AccessibleToilet),
                Note = accessibility.Select(a => Text(a, "description")).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)),
            },
            Translations = PlaceTranslations(location, accessibility.FirstOrDefault(a => !string.IsNullOrWhiteSpace(Text(a, "description")))),
        };
    }

    /// <summary>The place's <c>x_translations</c> (name, transportation) and its accessibility's (description).</summary>
    private static Dictionary<string, PlaceTranslation> PlaceTranslations(JsonObject location, JsonObject? accessibility)
    {
        var result = new Dictionary<string, PlaceTranslation>(StringComparer.Ordinal);
        foreach (var (t, onAccessibility) in Objects(location, "x_translations").Select(t => (t, false))
                     .Concat(Objects(accessibility, "x_translations").Select(t => (t, true))))
        {
            if (Text(t, "language") is not { } language || Text(t, "value") is not { } value || language == "da")
            {
                continue;
            }

            var current = result.GetValueOrDefault(language) ?? new PlaceTranslation();
            current = (Text(t, "field"), onAccessibility) switch
            {
                (HsdsNames.NameField, false) => current with { Name = value },
                (HsdsNames.TransportationField, false) => current with { HowToGetThere = value },
                (HsdsNames.AccessibilityDescriptionField, true) => current with { AccessNote = value },
                _ => current,
            };
            result[language] = current;
        }

        return result;
    }

    private static Cost Cost(JsonObject service)
    {
        var option = Objects(service, "cost_options").FirstOrDefault();
        decimal? amount = Decimal(option, "amount");
        return new Cost
        {
            IsFree = amount == 0m,
            AmountDkk = amount > 0m ? amount : null,
            Description = Text(service, "fees_description"),
        };
    }

    private static Contact Contact(JsonObject service, List<string> notes) => new()
    {
        ContactName = Objects(service, "contacts").Select(c => Text(c, "name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        Phone = Objects(service, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        Email = Text(service, "email"),
        Web = Link(Objects(service, "additional_urls").Select(u => Text(u, "url")).FirstOrDefault(u => u is not null), "additional_urls", notes),
    };

    private static List<string> Languages(JsonObject service)
    {
        var codes = Objects(service, "languages").Select(l => Text(l, "code")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return codes.Count > 0 ? codes : ["da"];
    }

    private static AgeRange? Ages(JsonObject service)
    {
        int? min = Number(service, "minimum_age") is { } a ? (int)a : null;
        int? max = Number(service, "maximum_age") is { } b ? (int)b : null;
        return min is null && max is null ? null : new AgeRange(min, max);
    }

    private static Dictionary<string, OfferTranslation> Translations(JsonObject service)
    {
        var result = new Dictionary<string, OfferTranslation>(StringComparer.Ordinal);
        foreach (var t in Objects(service, "x_translations"))
        {
            if (Text(t, "language") is not { } language || Text(t, "value") is not { } value || language == "da")
            {
                continue;
            }

            var current = result.GetValueOrDefault(language) ?? new OfferTranslation();
            current = Text(t, "field") switch
            {
                HsdsNames.NameField => current with { Name = value },
                HsdsNames.DescriptionField => WithDescription(current, value),
                HsdsNames.ApplicationProcessField => current with { JoinNote = value },
                HsdsNames.FeesDescriptionField => current with { CostDescription = value },
                _ => current, // Fields the kiosk does not show are ignored.
            };
            result[language] = current;
        }

        return result;
    }

    private static OfferTranslation WithDescription(OfferTranslation t, string value)
    {
        var (summary, description) = HsdsNames.SplitDescription(value);
        return t with { Summary = summary.Length > 0 ? summary : null, Description = description.Length > 0 ? description : null };
    }

    /// <summary>Codes per known taxonomy, in published order. Terms of unknown taxonomies are ignored.</summary>
    private static Dictionary<string, List<string>> Terms(IEnumerable<JsonObject> attributes, List<string> notes)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var term = JsonRead.Object(attribute, "taxonomy_term");
            string? taxonomy = Text(term, "taxonomy");
            string? code = Text(term, "code");
            if ((taxonomy is null || code is null) && Guid.TryParse(Text(attribute, "taxonomy_term_id") ?? Text(term, "id"), out var termId)
                && Vocabularies.FindById(termId) is { } known)
            {
                (taxonomy, code) = known;
            }

            if (taxonomy is null || code is null || !Vocabularies.IsKnownTaxonomy(taxonomy))
            {
                continue;
            }

            if (Vocabularies.Find(taxonomy, code) is null)
            {
                notes.Add($"ignored the unknown term '{SafeLinks.Shorten(code)}' of {taxonomy}");
                continue;
            }

            var codes = result.TryGetValue(taxonomy, out var list) ? list : result[taxonomy] = [];
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return result;
    }

    private static Uri? Link(string? text, string field, List<string> notes)
    {
        var uri = SafeLinks.Parse(text, out var problem);
        if (problem is not null)
        {
            notes.Add($"{field}: {problem}");
        }

        return uri;
    }

    private static void NoteMarkup(Offer offer, List<string> notes)
    {
        if (Markup.ContainsTag(offer.Name) || Markup.ContainsTag(offer.Summary) || Markup.ContainsTag(offer.Description)
            || Markup.ContainsTag(offer.JoinNote) || Markup.ContainsTag(offer.Cost.Description))
        {
            notes.Add(Notes.MarkupShownAsText);
        }
    }
}
