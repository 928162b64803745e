using System.Globalization;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// Writes an <see cref="Offer"/> as a fully embedded HSDS 3.1 service in the profile. The inverse of
/// <see cref="HsdsToOffer"/>: reading the output gives back an equal offer.
/// </summary>
public static class OfferToHsds
{
    /// <summary>The Danish region written to <c>address.state_province</c> when none is given.</summary>
    public const string DefaultRegion = "Region Sjælland";

    public static JsonObject Write(Offer offer, string stateProvince = DefaultRegion)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var id = offer.Id;
        var service = new JsonObject
        {
            ["id"] = StableId.Format(id),
            ["name"] = offer.Name,
            ["status"] = ServiceStatus.Active,
            ["description"] = HsdsNames.ComposeDescription(offer.Summary, offer.Description),
        };
        AddIf(service, "url", offer.WebPage?.OriginalString);
        AddIf(service, "email", offer.Contact.Email);
        AddIf(service, "application_process", offer.JoinNote);
        AddIf(service, "fees_description", offer.Cost.Description);
        if (offer.Ages is { } ages)
        {
            AddIf(service, "minimum_age", ages.Minimum);
            AddIf(service, "maximum_age", ages.Maximum);
        }

        if (offer.LastModified is { } modified)
        {
            service["last_modified"] = modified.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        }

        service["organization"] = Organization(offer.Organizer);
        if (offer.Contact.Web is { } web)
        {
            service["additional_urls"] = new JsonArray(new JsonObject
            {
                ["id"] = Derived(id, "url/contact"),
                ["label"] = HsdsNames.ContactUrlLabel,
                ["url"] = web.OriginalString,
            });
        }

        service["service_at_locations"] = new JsonArray([.. offer.Locations.Select(l => (JsonNode)ServiceAtLocation(id, l, stateProvince))]);
        var schedules = offer.Schedules.Select((s, i) => HsdsSchedules.Write(id, i, s)).OfType<JsonNode>().ToArray();
        if (schedules.Length > 0)
        {
            service["schedules"] = new JsonArray(schedules);
        }

        if (!string.IsNullOrWhiteSpace(offer.Contact.Phone))
        {
            service["phones"] = new JsonArray(new JsonObject { ["id"] = Derived(id, "phone"), ["number"] = offer.Contact.Phone });
        }

        if (!string.IsNullOrWhiteSpace(offer.Contact.ContactName))
        {
            service["contacts"] = new JsonArray(new JsonObject { ["id"] = Derived(id, "contact"), ["name"] = offer.Contact.ContactName });
        }

        service["languages"] = new JsonArray([.. offer.Languages.Select(code => (JsonNode)new JsonObject { ["id"] = Derived(id, "language/" + code), ["code"] = code })]);
        service["attributes"] = new JsonArray([.. ServiceAttributes(offer)]);
        service["cost_options"] = new JsonArray(CostOption(id, offer.Cost));
        var translations = Translations(offer);
        if (translations.Count > 0)
        {
            service["x_translations"] = translations;
        }

        return service;
    }

    /// <summary>An attribute applying one term, with the term embedded so a reader needs no lookup.</summary>
    public static JsonObject Attribute(Guid owner, string taxonomy, TaxonomyTerm term) => new()
    {
        ["id"] = Derived(owner, $"attribute/{taxonomy}/{term.Code}"),
        ["taxonomy_term"] = new JsonObject
        {
            ["id"] = StableId.Format(Vocabularies.TermId(taxonomy, term.Code)),
            ["code"] = term.Code,
            ["name"] = term.Da,
            ["description"] = term.En,
            ["taxonomy"] = taxonomy,
        },
    };

    internal static string Derived(Guid owner, string path) => StableId.Format(StableId.Create(owner, path));

    private static JsonObject Organization(Organizer organizer)
    {
        var id = StableId.Create(StableId.ProfileNamespace, "organization/" + organizer.Name);
        var organization = new JsonObject
        {
            ["id"] = StableId.Format(id),
            ["name"] = organizer.Name,
            ["description"] = "",
        };
        AddIf(organization, "website", organizer.Website?.OriginalString);
        var type = Vocabularies.ProviderTypes.First(p => p.Value == organizer.ProviderType).Term;
        organization["attributes"] = new JsonArray(Attribute(id, Vocabularies.ProviderType, type));
        return organization;
    }

    private static JsonObject ServiceAtLocation(Guid serviceId, OfferLocation place, string stateProvince)
    {
        var location = new JsonObject
        {
            ["id"] = StableId.Format(place.Id),
            ["location_type"] = "physical",
            ["name"] = place.Name,
        };
        AddIf(location, "latitude", place.Latitude);
        AddIf(location, "longitude", place.Longitude);
        AddIf(location, "transportation", place.HowToGetThere);
        var placeTranslations = new JsonArray();
        foreach (var (language, t) in place.Translations)
        {
            AddTranslation(placeTranslations, language, HsdsNames.NameField, t.Name);
            AddTranslation(placeTranslations, language, HsdsNames.TransportationField, t.HowToGetThere);
        }

        if (placeTranslations.Count > 0)
        {
            location["x_translations"] = placeTranslations;
        }
        location["addresses"] = new JsonArray(new JsonObject
        {
            ["id"] = Derived(place.Id, "address"),
            ["address_1"] = place.Address.Street,
            ["city"] = place.Address.City,
            ["region"] = place.Town,
            ["state_province"] = stateProvince,
            ["postal_code"] = place.Address.PostalCode,
            ["country"] = HsdsProfile.Country,
            ["address_type"] = "physical",
        });

        var access = place.Access;
        var flags = new List<JsonNode>();
        AddAccess(flags, place.Id, access.StepFree, Vocabularies.StepFree);
        AddAccess(flags, place.Id, access.HearingLoop, Vocabularies.HearingLoop);
        AddAccess(flags, place.Id, access.AccessibleToilet, Vocabularies.AccessibleToilet);
        if (flags.Count > 0 || !string.IsNullOrWhiteSpace(access.Note))
        {
            var accessibility = new JsonObject { ["id"] = Derived(place.Id, "accessibility") };
            AddIf(accessibility, "description", access.Note);
            var accessTranslations = new JsonArray();
            foreach (var (language, t) in place.Translations)
            {
                AddTranslation(accessTranslations, language, HsdsNames.AccessibilityDescriptionField, t.AccessNote);
            }

            if (accessTranslations.Count > 0)
            {
                accessibility["x_translations"] = accessTranslations;
            }

            accessibility["attributes"] = new JsonArray([.. flags]);
            location["accessibility"] = new JsonArray(accessibility);
        }

        return new JsonObject
        {
            ["id"] = Derived(serviceId, "service_at_location/" + StableId.Format(place.Id)),
            ["location"] = location,
        };
    }

    private static void AddAccess(List<JsonNode> flags, Guid placeId, bool present, string code)
    {
        if (present)
        {
            flags.Add(Attribute(placeId, Vocabularies.Accessibility, Vocabularies.Find(Vocabularies.Accessibility, code)!));
        }
    }

    private static IEnumerable<JsonNode> ServiceAttributes(Offer offer)
    {
        var id = offer.Id;
        foreach (var (taxonomy, codes) in new (string, IEnumerable<string>)[]
                 {
                     (Vocabularies.Theme, offer.Themes),
                     (Vocabularies.TargetGroup, offer.TargetGroups),
                     (Vocabularies.LifeArena, offer.LifeArenas),
                     (Vocabularies.Strategy, offer.Strategies),
                 })
        {
            foreach (var code in codes)
            {
                // A code the vocabulary lacks is still written, so the reader can report it rather than lose it silently.
                yield return Attribute(id, taxonomy, Vocabularies.Find(taxonomy, code) ?? new TaxonomyTerm(code, code, code));
            }
        }

        foreach (var purpose in offer.Purposes)
        {
            yield return Attribute(id, Vocabularies.Purpose, Vocabularies.Purposes.First(p => p.Value == purpose).Term);
        }

        yield return Attribute(id, Vocabularies.JoinMethod, Vocabularies.JoinMethods.First(j => j.Value == offer.HowToJoin).Term);
    }

    private static JsonObject CostOption(Guid id, Cost cost)
    {
        var option = new JsonObject
        {
            ["id"] = Derived(id, "cost_option"),
            ["option"] = cost.IsFree ? HsdsNames.FreeOption : HsdsNames.PaidOption,
        };
        if (cost.IsFree)
        {
            option["amount"] = 0;
        }
        else if (cost.AmountDkk is { } amount)
        {
            option["amount"] = amount;
        }

        option["currency"] = HsdsProfile.Currency;
        return option;
    }

    private static JsonArray Translations(Offer offer)
    {
        var list = new JsonArray();
        foreach (var (language, t) in offer.Translations)
        {
            AddTranslation(list, language, HsdsNames.NameField, t.Name);
            if (!string.IsNullOrEmpty(t.Summary) || !string.IsNullOrEmpty(t.Description))
            {
                AddTranslation(list, language, HsdsNames.DescriptionField, HsdsNames.ComposeDescription(t.Summary, t.Description));
            }

            AddTranslation(list, language, HsdsNames.ApplicationProcessField, t.JoinNote);
            AddTranslation(list, language, HsdsNames.FeesDescriptionField, t.CostDescription);
        }

        return list;
    }

    private static void AddTranslation(JsonArray list, string language, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            list.Add(new JsonObject { ["language"] = language, ["field"] = field, ["value"] = value });
        }
    }

    private static void AddIf(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }
    }

    private static void AddIf(JsonObject target, string name, double? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }

    private static void AddIf(JsonObject target, string name, int? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }
}
