using System.Text.RegularExpressions;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.DemoContent.Tests;

/// <summary>
/// Checks the embedded demo content: that it loads, that ids and references hold together, that
/// every code is a real taxonomy code, and that it covers what the kiosk needs to demonstrate.
/// Schedule computation is deliberately not tested here (that belongs to ScheduleCalculator).
/// </summary>
public sealed class DemoOffersTests
{
    /// <summary>The "now" the content is written against: dates before it are in the past.</summary>
    private static readonly DateOnly ContentNow = new(2026, 11, 23);

    private static readonly IReadOnlyList<Offer> Offers = DemoOffers.Load();

    private static readonly Dictionary<string, string> PostalCodes = new(StringComparer.Ordinal)
    {
        ["Åbæk"] = "4790",
        ["Kildevang"] = "4791",
        ["Havrehøj"] = "4792",
        ["Solbjerg Strand"] = "4793",
        ["Egelund"] = "4794",
    };

    private static IEnumerable<(Offer Offer, Schedule Schedule)> AllSchedules =>
        Offers.SelectMany(o => o.Schedules.Select(s => (o, s)));

    // ------------------------------------------------------------------ loading and identity

    [Fact]
    public void Load_returns_at_least_85_offers()
    {
        Assert.True(Offers.Count >= 85, $"Only {Offers.Count} demo offers.");
    }

    [Fact]
    public void Load_parses_anew_on_every_call()
    {
        var first = DemoOffers.Load();
        var second = DemoOffers.Load();

        Assert.NotSame(first, second);
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first.Select(o => o.Id), second.Select(o => o.Id));
    }

    [Fact]
    public void Municipality_name_is_the_fictional_one()
    {
        Assert.Equal("Åbæk Kommune", DemoOffers.MunicipalityName);
    }

    [Fact]
    public void Offer_ids_are_unique_and_non_empty()
    {
        Assert.DoesNotContain(Guid.Empty, Offers.Select(o => o.Id));
        var duplicates = Offers.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Location_ids_are_unique_across_the_file_and_distinct_from_offer_ids()
    {
        var locationIds = Offers.SelectMany(o => o.Locations).Select(l => l.Id).ToList();

        Assert.DoesNotContain(Guid.Empty, locationIds);
        Assert.Equal(locationIds.Count, locationIds.Distinct().Count());
        Assert.Empty(locationIds.Intersect(Offers.Select(o => o.Id)));
    }

    [Fact]
    public void All_ids_are_version_4_uuids()
    {
        var ids = Offers.Select(o => o.Id).Concat(Offers.SelectMany(o => o.Locations).Select(l => l.Id));
        Assert.All(ids, id => Assert.Equal(4, id.Version));
    }

    [Fact]
    public void Offer_names_are_unique()
    {
        var duplicates = Offers.GroupBy(o => o.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    // ------------------------------------------------------------------ taxonomy codes

    [Fact]
    public void Every_theme_code_exists_in_the_taxonomy()
    {
        AssertCodesExist(KioskTaxonomy.Themes, o => o.Themes);
    }

    [Fact]
    public void Every_target_group_code_exists_in_the_taxonomy()
    {
        AssertCodesExist(KioskTaxonomy.TargetGroups, o => o.TargetGroups);
    }

    [Fact]
    public void Every_life_arena_code_exists_in_the_taxonomy()
    {
        AssertCodesExist(KioskTaxonomy.LifeArenas, o => o.LifeArenas);
    }

    [Fact]
    public void Every_strategy_code_exists_in_the_taxonomy()
    {
        AssertCodesExist(KioskTaxonomy.Strategies, o => o.Strategies);
    }

    [Fact]
    public void No_offer_lists_a_code_twice()
    {
        Assert.All(Offers, o =>
        {
            Assert.Equal(o.Themes.Count, o.Themes.Distinct().Count());
            Assert.Equal(o.TargetGroups.Count, o.TargetGroups.Distinct().Count());
            Assert.Equal(o.LifeArenas.Count, o.LifeArenas.Distinct().Count());
            Assert.Equal(o.Strategies.Count, o.Strategies.Distinct().Count());
            Assert.Equal(o.Purposes.Count, o.Purposes.Distinct().Count());
        });
    }

    [Fact]
    public void Every_offer_has_a_theme_a_life_arena_a_strategy_and_a_purpose()
    {
        Assert.All(Offers, o =>
        {
            Assert.NotEmpty(o.Themes);
            Assert.NotEmpty(o.LifeArenas);
            Assert.NotEmpty(o.Strategies);
            Assert.NotEmpty(o.Purposes);
        });
    }

    // ------------------------------------------------------------------ coverage

    [Fact]
    public void Every_theme_is_used_by_at_least_two_offers()
    {
        AssertEachCodeUsed(KioskTaxonomy.Themes, o => o.Themes, minimum: 2);
    }

    [Fact]
    public void Every_target_group_is_used_by_at_least_two_offers()
    {
        AssertEachCodeUsed(KioskTaxonomy.TargetGroups, o => o.TargetGroups, minimum: 2);
    }

    [Fact]
    public void Every_life_arena_is_used()
    {
        AssertEachCodeUsed(KioskTaxonomy.LifeArenas, o => o.LifeArenas, minimum: 1);
    }

    [Fact]
    public void Every_strategy_is_used()
    {
        AssertEachCodeUsed(KioskTaxonomy.Strategies, o => o.Strategies, minimum: 1);
    }

    [Fact]
    public void Both_purposes_are_used()
    {
        Assert.All(Enum.GetValues<Purpose>(), p => Assert.Contains(Offers, o => o.Purposes.Contains(p)));
    }

    [Fact]
    public void Every_provider_type_is_used()
    {
        Assert.All(Enum.GetValues<ProviderType>(), t => Assert.Contains(Offers, o => o.Organizer.ProviderType == t));
    }

    [Fact]
    public void Every_join_method_is_used()
    {
        Assert.All(Enum.GetValues<JoinMethod>(), m => Assert.Contains(Offers, o => o.HowToJoin == m));
    }

    [Fact]
    public void Every_town_has_at_least_12_offers()
    {
        Assert.Equal(PostalCodes.Keys.Order(StringComparer.Ordinal), DemoOffers.Towns.Order(StringComparer.Ordinal));
        Assert.All(DemoOffers.Towns, town =>
        {
            var count = Offers.Count(o => o.Towns.Contains(town));
            Assert.True(count >= 12, $"{town} has only {count} offers.");
        });
    }

    [Fact]
    public void Some_offers_are_free_and_some_are_paid()
    {
        var free = Offers.Where(o => o.Cost.IsFree).ToList();
        var paid = Offers.Where(o => !o.Cost.IsFree).ToList();

        Assert.True(free.Count >= 25, $"Only {free.Count} free offers.");
        Assert.True(paid.Count >= 15, $"Only {paid.Count} paid offers.");
        Assert.True(free.Count(o => o.Cost.Description is not null) >= 5, "Too few free offers say what 'free' covers.");
    }

    [Fact]
    public void Paid_offers_have_an_amount_and_a_description_in_kroner()
    {
        Assert.All(Offers.Where(o => !o.Cost.IsFree), o =>
        {
            Assert.True(o.Cost.AmountDkk is > 0, $"{o.Name}: no amount.");
            Assert.Contains("kr.", o.Cost.Description ?? "", StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Free_offers_have_no_amount()
    {
        Assert.All(Offers.Where(o => o.Cost.IsFree), o => Assert.Null(o.Cost.AmountDkk));
    }

    [Fact]
    public void Accessibility_is_varied()
    {
        var stepFreeShare = Offers.Count(o => o.IsStepFree) / (double)Offers.Count;
        var locations = Offers.SelectMany(o => o.Locations).ToList();

        Assert.True(stepFreeShare >= 0.4, $"Only {stepFreeShare:P0} of the offers are step-free.");
        Assert.True(locations.Count(l => l.Access.HearingLoop) >= 5, "Too few locations with a hearing loop.");
        Assert.True(locations.Count(l => l.Access.AccessibleToilet) >= 5, "Too few locations with an accessible toilet.");
        Assert.True(Offers.Count(o => !o.IsStepFree) >= 5, "Too few offers that are not step-free.");
    }

    [Fact]
    public void Locations_that_are_not_step_free_say_why()
    {
        var notStepFree = Offers.SelectMany(o => o.Locations).Where(l => !l.Access.StepFree).ToList();

        Assert.NotEmpty(notStepFree);
        Assert.All(notStepFree, l => Assert.False(string.IsNullOrWhiteSpace(l.Access.Note), $"{l.Name} has no access note."));
    }

    [Fact]
    public void Most_locations_say_how_to_get_there()
    {
        var locations = Offers.SelectMany(o => o.Locations).ToList();
        var share = locations.Count(l => !string.IsNullOrWhiteSpace(l.HowToGetThere)) / (double)locations.Count;

        Assert.True(share >= 0.9, $"Only {share:P0} of the locations say how to get there.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void At_least_three_offers_are_held_in_each_of_the_kiosk_languages(string language)
    {
        var count = Offers.Count(o => o.Languages.Contains(language));
        Assert.True(count >= 3, $"Only {count} offers held in '{language}'.");
    }

    [Fact]
    public void Language_codes_are_two_letter_iso_codes()
    {
        Assert.All(Offers, o =>
        {
            Assert.NotEmpty(o.Languages);
            Assert.All(o.Languages, l => Assert.Matches("^[a-z]{2}$", l));
            Assert.All(o.Translations.Keys, l => Assert.Matches("^[a-z]{2}$", l));
        });
    }

    [Fact]
    public void Youth_and_senior_offers_carry_age_ranges()
    {
        var youth = Offers.Where(o => o.Ages is { Maximum: <= 25 }).ToList();
        var senior = Offers.Where(o => o.Ages is { Minimum: >= 60, Maximum: null }).ToList();

        Assert.True(youth.Count >= 5, $"Only {youth.Count} offers with a youth age range.");
        Assert.True(senior.Count >= 5, $"Only {senior.Count} offers for 60+.");
        Assert.All(youth, o => Assert.True(
            o.Themes.Contains("youth") || o.TargetGroups.Any(t => t.StartsWith("young", StringComparison.Ordinal)),
            $"{o.Name} has a youth age range but neither the youth theme nor a young target group."));
    }

    [Fact]
    public void Age_ranges_are_sensible()
    {
        Assert.All(Offers.Where(o => o.Ages is not null), o =>
        {
            var ages = o.Ages!;
            Assert.True(ages.Minimum is not null || ages.Maximum is not null, $"{o.Name}: empty age range.");
            Assert.True(ages.Minimum is null or >= 0 and <= 100, $"{o.Name}: odd minimum age.");
            Assert.True(ages.Maximum is null or >= 0 and <= 120, $"{o.Name}: odd maximum age.");
            Assert.True(ages.Minimum is null || ages.Maximum is null || ages.Minimum <= ages.Maximum, $"{o.Name}: minimum above maximum.");
        });
    }

    [Fact]
    public void Some_offers_are_held_at_two_locations_with_a_schedule_for_the_second()
    {
        var twoPlaces = Offers.Where(o => o.Locations.Count >= 2).ToList();

        Assert.True(twoPlaces.Count >= 2, $"Only {twoPlaces.Count} offers with two locations.");
        Assert.All(twoPlaces, o => Assert.Contains(o.Schedules, s => s.LocationId == o.Locations[1].Id));
    }

    [Fact]
    public void At_least_30_offers_have_an_english_translation_with_name_and_summary()
    {
        var translated = Offers.Where(o => o.Translations.TryGetValue("en", out var en)
                                           && !string.IsNullOrWhiteSpace(en.Name)
                                           && !string.IsNullOrWhiteSpace(en.Summary)).ToList();

        Assert.True(translated.Count >= 30, $"Only {translated.Count} offers translated to English.");
    }

    [Fact]
    public void Offers_held_in_english_have_an_english_translation()
    {
        Assert.All(Offers.Where(o => o.Languages.Contains("en")), o => Assert.True(o.Translations.ContainsKey("en"), o.Name));
    }

    // ------------------------------------------------------------------ places and contact details

    [Fact]
    public void Every_offer_has_at_least_one_location()
    {
        Assert.All(Offers, o => Assert.NotEmpty(o.Locations));
    }

    [Fact]
    public void Locations_are_in_the_five_towns_with_matching_postal_codes()
    {
        Assert.All(Offers.SelectMany(o => o.Locations), l =>
        {
            Assert.True(PostalCodes.TryGetValue(l.Town, out var postalCode), $"Unknown town '{l.Town}'.");
            Assert.Equal(postalCode, l.Address.PostalCode);
            Assert.Equal(l.Town, l.Address.City);
        });
    }

    [Fact]
    public void Coordinates_lie_in_the_fictional_municipality()
    {
        Assert.All(Offers.SelectMany(o => o.Locations), l =>
        {
            Assert.NotNull(l.Latitude);
            Assert.NotNull(l.Longitude);
            Assert.InRange(l.Latitude!.Value, 55.4, 55.6);
            Assert.InRange(l.Longitude!.Value, 11.9, 12.2);
        });
    }

    [Fact]
    public void Every_offer_has_a_fictional_phone_number()
    {
        Assert.All(Offers, o => Assert.Matches(@"^\+45 72 \d{2} \d{2} \d{2}$", o.Contact.Phone ?? ""));
    }

    [Fact]
    public void E_mail_addresses_are_on_danish_domains()
    {
        Assert.All(Offers.Where(o => o.Contact.Email is not null), o =>
            Assert.Matches(@"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.dk$", o.Contact.Email!));
    }

    [Fact]
    public void Every_web_address_is_https()
    {
        var uris = Offers.SelectMany(o => new[] { o.WebPage, o.Contact.Web, o.Organizer.Website }).OfType<Uri>().ToList();

        Assert.NotEmpty(uris);
        Assert.All(uris, u =>
        {
            Assert.True(u.IsAbsoluteUri, u.ToString());
            Assert.Equal(Uri.UriSchemeHttps, u.Scheme);
        });
    }

    [Fact]
    public void Most_offers_have_a_page_on_the_municipality_site()
    {
        var withPage = Offers.Where(o => o.WebPage is not null).ToList();

        Assert.True(withPage.Count >= Offers.Count * 0.8, $"Only {withPage.Count} offers have a web page.");
        Assert.All(withPage, o => Assert.Matches(@"^https://aabaek\.dk/tilbud/[a-z0-9]+(-[a-z0-9]+)*$", o.WebPage!.AbsoluteUri));
        Assert.Equal(withPage.Count, withPage.Select(o => o.WebPage).Distinct().Count());
    }

    [Fact]
    public void At_least_five_offers_have_no_web_page_but_a_phone()
    {
        var phoneOnly = Offers.Where(o => o.WebPage is null && !string.IsNullOrWhiteSpace(o.Contact.Phone)).ToList();
        Assert.True(phoneOnly.Count >= 5, $"Only {phoneOnly.Count} phone-only offers.");
    }

    // ------------------------------------------------------------------ texts

    [Fact]
    public void Every_text_is_non_empty_and_trimmed()
    {
        var bad = AllTexts().Where(t => string.IsNullOrWhiteSpace(t.Value) || t.Value.Trim() != t.Value).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_offer_has_a_description()
    {
        var tooShort = Offers.Where(o => o.Description.Length < 80).Select(o => o.Name).ToList();
        Assert.Empty(tooShort);
    }

    [Fact]
    public void Summaries_are_short_enough_for_the_kiosk()
    {
        var tooLong = Offers.Where(o => o.Summary.Length > 200 || o.Summary.Length >= o.Description.Length)
            .Select(o => $"{o.Name} ({o.Summary.Length} characters)")
            .ToList();
        Assert.Empty(tooLong);
    }

    [Fact]
    public void No_text_contains_a_placeholder()
    {
        var placeholder = new Regex(@"\b(lorem|ipsum|todo|fixme|tbd|xxx+|placeholder|dummy|tilbud nr\.?)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var bad = AllTexts().Where(t => placeholder.IsMatch(t.Value)).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Danish_texts_spell_place_names_with_danish_letters()
    {
        // The ASCII spelling belongs in web and e-mail addresses only.
        var asciiSpelling = new Regex(@"\b(aabaek|abaek|havrehoej|havrehoj)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var bad = AllTexts()
            .Where(t => t.Field != "contact.email" && !t.Field.StartsWith("translations", StringComparison.Ordinal))
            .Where(t => asciiSpelling.IsMatch(t.Value))
            .ToList();
        Assert.Empty(bad);
        Assert.Contains(Offers, o => o.Description.Contains("Åbæk", StringComparison.Ordinal));
    }

    [Fact]
    public void Offers_with_no_schedule_say_that_it_is_by_appointment()
    {
        var unscheduled = Offers.Where(o => o.Schedules.Count == 0).ToList();

        Assert.True(unscheduled.Count >= 2, $"Only {unscheduled.Count} offers without a schedule.");
        Assert.All(unscheduled, o => Assert.Contains("aftale", o.JoinNote ?? "", StringComparison.OrdinalIgnoreCase));
    }

    // ------------------------------------------------------------------ schedules (shape only)

    [Fact]
    public void Every_schedule_location_id_refers_to_a_location_of_the_same_offer()
    {
        Assert.All(Offers, o => Assert.All(o.Schedules.Where(s => s.LocationId is not null), s =>
            Assert.Contains(o.Locations, l => l.Id == s.LocationId)));
    }

    [Fact]
    public void Every_schedule_is_well_formed()
    {
        Assert.All(AllSchedules, x =>
        {
            var (offer, s) = x;
            var label = $"{offer.Name}: {s.Description}";
            Assert.True(s.Interval >= 1, label);
            Assert.NotEqual(s.OpensAt, s.ClosesAt);
            Assert.False(string.IsNullOrWhiteSpace(s.Description), label);
            Assert.True(s.ValidFrom is null || s.ValidTo is null || s.ValidFrom <= s.ValidTo, label);
            Assert.Equal(s.ByDay.Count, s.ByDay.Select(d => d.Day).Distinct().Count());
            if (s.Freq == Frequency.Weekly)
            {
                Assert.NotEmpty(s.ByDay);
                Assert.Empty(s.ByMonthDay);
                Assert.All(s.ByDay, d => Assert.Null(d.Ordinal));
            }
            else
            {
                Assert.True(s.ByDay.Count > 0 || s.ByMonthDay.Count > 0, label);
                Assert.All(s.ByDay, d => Assert.True(d.Ordinal is null or (>= 1 and <= 5) || d.Ordinal == -1, label));
                Assert.All(s.ByMonthDay, d => Assert.True(d is >= 1 and <= 31 || d == -1, label));
            }

            if (s.Interval > 1)
            {
                Assert.NotNull(s.DtStart);
                Assert.Contains(s.DtStart!.Value.DayOfWeek, s.ByDay.Select(d => d.Day));
            }
        });
    }

    [Fact]
    public void Schedules_cover_the_kinds_of_rules_the_kiosk_must_show()
    {
        var schedules = AllSchedules.Select(x => x.Schedule).ToList();

        Assert.Contains(schedules, s => s.Freq == Frequency.Weekly && s.Interval == 1 && s.ByDay.Count == 1);
        Assert.Contains(schedules, s => s.Freq == Frequency.Weekly && s.Interval == 1 && s.ByDay.Count == 2);
        Assert.Contains(schedules, s => s.Freq == Frequency.Weekly && s.Interval == 2 && s.DtStart is not null);
        Assert.Contains(schedules, s => s.Freq == Frequency.Monthly && s.ByDay.Contains(new WeekdayRule(DayOfWeek.Saturday, 1)));
        Assert.Contains(schedules, s => s.Freq == Frequency.Monthly && s.ByDay.Contains(new WeekdayRule(DayOfWeek.Friday, -1)));
        Assert.Contains(schedules, s => s.Freq == Frequency.Monthly && s.ByMonthDay.Count > 0);
        Assert.Contains(schedules, s => s.IsOvernight);
        Assert.Contains(schedules, s => s.OpensAt < new TimeOnly(8, 0));
    }

    [Fact]
    public void Some_schedules_have_validity_windows_in_the_past_and_the_future()
    {
        var schedules = AllSchedules.Select(x => x.Schedule).ToList();

        Assert.Contains(schedules, s => s.ValidFrom == new DateOnly(2026, 9, 1) && s.ValidTo == new DateOnly(2027, 5, 31));
        Assert.Contains(schedules, s => s.ValidTo < ContentNow);
        Assert.Contains(schedules, s => s.ValidFrom > ContentNow);
    }

    [Fact]
    public void Several_offers_close_on_christmas_eve_and_new_years_eve()
    {
        var christmasEve = new DateOnly(2026, 12, 24);
        var newYearsEve = new DateOnly(2026, 12, 31);
        var count = Offers.Count(o => o.Schedules.Any(s => s.ClosedDates.Contains(christmasEve) && s.ClosedDates.Contains(newYearsEve)));

        Assert.True(count >= 3, $"Only {count} offers close on both 24 and 31 December.");
    }

    [Fact]
    public void A_phone_friend_scheme_answers_every_day_from_9_to_21()
    {
        var allWeek = Enum.GetValues<DayOfWeek>();

        Assert.Contains(Offers, o => o.Themes.Contains("phone-friend") && allWeek.All(day => o.Schedules.Any(s =>
            s.Freq == Frequency.Weekly && s.ValidTo is null
            && s.OpensAt == new TimeOnly(9, 0) && s.ClosesAt == new TimeOnly(21, 0)
            && s.ByDay.Any(d => d.Day == day))));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday)]
    [InlineData(DayOfWeek.Tuesday)]
    [InlineData(DayOfWeek.Wednesday)]
    [InlineData(DayOfWeek.Thursday)]
    [InlineData(DayOfWeek.Friday)]
    [InlineData(DayOfWeek.Saturday)]
    [InlineData(DayOfWeek.Sunday)]
    public void Each_weekday_has_an_ongoing_weekly_schedule(DayOfWeek day)
    {
        var count = AllSchedules.Count(x => x.Schedule.Freq == Frequency.Weekly
                                            && x.Schedule.ValidTo is null
                                            && x.Schedule.ByDay.Any(d => d.Day == day));

        Assert.True(count >= 1, $"No ongoing weekly schedule on {day}.");
    }

    // ------------------------------------------------------------------ helpers

    private static void AssertCodesExist(IReadOnlyList<TaxonomyTerm> vocabulary, Func<Offer, IReadOnlyList<string>> codes)
    {
        var valid = vocabulary.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = Offers.SelectMany(o => codes(o).Where(c => !valid.Contains(c)).Select(c => $"{o.Name}: '{c}'")).ToList();

        Assert.Empty(unknown);
    }

    private static void AssertEachCodeUsed(IReadOnlyList<TaxonomyTerm> vocabulary, Func<Offer, IReadOnlyList<string>> codes, int minimum)
    {
        var tooFew = vocabulary
            .Select(t => (t.Code, Count: Offers.Count(o => codes(o).Contains(t.Code))))
            .Where(x => x.Count < minimum)
            .Select(x => $"{x.Code} ({x.Count})")
            .ToList();

        Assert.Empty(tooFew);
    }

    /// <summary>Every text of every offer, labelled with the offer's name and the field.</summary>
    private static IEnumerable<(string Offer, string Field, string Value)> AllTexts() =>
        Offers.SelectMany(o => Texts(o).Select(t => (o.Name, t.Field, t.Value)));

    /// <summary>Every human-readable string of an offer that is set, with where it sits.</summary>
    private static IEnumerable<(string Field, string Value)> Texts(Offer o)
    {
        yield return ("name", o.Name);
        yield return ("summary", o.Summary);
        yield return ("description", o.Description);
        yield return ("organizer.name", o.Organizer.Name);
        if (o.JoinNote is not null) yield return ("joinNote", o.JoinNote);
        if (o.Cost.Description is not null) yield return ("cost.description", o.Cost.Description);
        if (o.Contact.ContactName is not null) yield return ("contact.contactName", o.Contact.ContactName);
        if (o.Contact.Phone is not null) yield return ("contact.phone", o.Contact.Phone);
        if (o.Contact.Email is not null) yield return ("contact.email", o.Contact.Email);

        foreach (var l in o.Locations)
        {
            yield return ("location.name", l.Name);
            yield return ("location.town", l.Town);
            yield return ("location.address.street", l.Address.Street);
            yield return ("location.address.postalCode", l.Address.PostalCode);
            yield return ("location.address.city", l.Address.City);
            if (l.HowToGetThere is not null) yield return ("location.howToGetThere", l.HowToGetThere);
            if (l.Access.Note is not null) yield return ("location.access.note", l.Access.Note);
        }

        foreach (var s in o.Schedules.Where(s => s.Description is not null))
        {
            yield return ("schedule.description", s.Description!);
        }

        foreach (var (language, t) in o.Translations)
        {
            foreach (var (field, value) in new[]
                     {
                         ("name", t.Name), ("summary", t.Summary), ("description", t.Description),
                         ("joinNote", t.JoinNote), ("costDescription", t.CostDescription),
                     })
            {
                if (value is not null) yield return ($"translations.{language}.{field}", value);
            }
        }
    }
}
