using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Print.Content;

/// <summary>A labelled fact on paper, e.g. "Pris: Gratis".</summary>
internal sealed record Fact(string Label, string Text);

/// <summary>
/// An offer's facts in plain words for paper. Unlike the screen, paper is read later, so dates are
/// absolute ("tirsdag 24. november", never "i morgen"). Texts fall back to Danish when untranslated.
/// </summary>
internal static class OfferFacts
{
    public static string Name(Offer o, string language) => Translation(o, language)?.Name ?? o.Name;

    public static string Summary(Offer o, string language) => Translation(o, language)?.Summary ?? o.Summary;

    public static string Description(Offer o, string language) => Translation(o, language)?.Description ?? o.Description;

    /// <summary>
    /// Longest description a leaflet prints. The profile allows 20,000 characters (a web page's worth); a leaflet is
    /// one sheet, front and back, in large print, and the QR code leads to the rest. 15,000 characters once made 26 pages.
    /// </summary>
    public const int LeafletDescriptionLength = 800;

    /// <summary>Longest text of one fact on a leaflet ("Sådan kommer du med", "Pris"…): the profile's medium texts are 2,000.</summary>
    public const int LeafletFactLength = 300;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters at a sentence or word end, with "…" when cut.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        string head = text[..max];
        int sentence = Math.Max(head.LastIndexOf(". ", StringComparison.Ordinal), Math.Max(head.LastIndexOf("! ", StringComparison.Ordinal), head.LastIndexOf("? ", StringComparison.Ordinal)));
        if (sentence > max / 2)
        {
            return head[..(sentence + 1)] + " …";
        }

        int word = head.LastIndexOf(' ');
        return (word > max / 2 ? head[..word] : head).TrimEnd(',', ';', ':', '-', ' ') + " …";
    }

    /// <summary>The facts of one template field; none when the offer has nothing to say there.</summary>
    public static IEnumerable<Fact> For(string field, Offer o, string language, DateTimeOffset now, TimeZoneInfo zone, bool nextDates) => field switch
    {
        "when" => When(o, language, now, zone, nextDates),
        "where" => Where(o, language),
        "cost" => [new Fact(PrintText.Cost.For(language), Cost(o, language))],
        "join" => [new Fact(PrintText.HowToJoin.For(language), Join(o, language))],
        "contact" => Contact(o, language),
        "access" => Access(o, language),
        "organiser" => [new Fact(PrintText.Organiser.For(language), o.Organizer.Name)],
        "forWhom" => [new Fact(PrintText.ForWhom.For(language), ForWhom(o, language))],
        "languages" => [new Fact(PrintText.Languages.For(language), string.Join(", ", o.Languages.Select(l => LanguageName(l, language))))],
        _ => [],
    };

    private static IEnumerable<Fact> When(Offer o, string language, DateTimeOffset now, TimeZoneInfo zone, bool nextDates)
    {
        var rules = o.Schedules.Select(s => Sentence(PrintWording.Schedule(s, language))).ToList();
        yield return new Fact(PrintText.When.For(language), rules.Count == 0 ? PrintText.NoTimes.For(language) : string.Join(" ", rules));

        if (nextDates)
        {
            // Paper is read later: only dates still to come (never one that has begun, nor one whose booking has
            // closed), absolute, with the year when it is not this one.
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var dates = Booking.StillToCome(o, now, zone, 3)
                .Select(d => PrintWording.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.Occurrence.Start, zone).DateTime), language, today))
                .Distinct()
                .ToList();
            if (dates.Count > 0)
            {
                yield return new Fact(PrintText.NextTimes.For(language), JoinList(dates, language) + ".");
            }
        }
    }

    private static IEnumerable<Fact> Where(Offer o, string language)
    {
        foreach (var l in o.Locations)
        {
            yield return new Fact(PrintText.Where.For(language), $"{PlaceName(l, language)}, {l.Address.Street}, {l.Address.PostalCode} {l.Address.City}.");
            var directions = Place(l, language)?.HowToGetThere ?? l.HowToGetThere;
            if (!string.IsNullOrWhiteSpace(directions))
            {
                yield return new Fact(PrintText.HowToGetThere.For(language), Sentence(directions));
            }
        }
    }

    public static string Cost(Offer o, string language)
    {
        var description = Translation(o, language)?.CostDescription ?? o.Cost.Description;
        if (o.Cost.IsFree)
        {
            string free = PrintText.Free.For(language);
            // A Danish "Gratis" the translation lacks says nothing the reader's own word does not.
            return string.IsNullOrWhiteSpace(description) || description.Trim().TrimEnd('.') is var d && (d == free || d == PrintText.Free.Da) ? free + "."
                : description.StartsWith(free, StringComparison.OrdinalIgnoreCase) ? Sentence(description)
                : $"{free}. {Sentence(description)}";
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            return Sentence(description);
        }
        return o.Cost.AmountDkk is decimal amount
            ? string.Format(Culture(language), PrintText.Kroner.For(language), amount.ToString("0.##", CultureInfo.GetCultureInfo("da-DK")))
            : "";
    }

    private static string Join(Offer o, string language)
    {
        var method = o.HowToJoin switch
        {
            JoinMethod.CallFirst => PrintText.CallFirst,
            JoinMethod.SignUp => PrintText.SignUp,
            JoinMethod.Referral => PrintText.Referral,
            _ => PrintText.JustShowUp,
        };
        var note = Translation(o, language)?.JoinNote ?? o.JoinNote;
        return string.IsNullOrWhiteSpace(note) ? method.For(language) : $"{method.For(language)} {Sentence(note)}";
    }

    private static IEnumerable<Fact> Contact(Offer o, string language)
    {
        if (o.Contact.Phone is { Length: > 0 } phone)
        {
            yield return new Fact(PrintText.Phone.For(language), o.Contact.ContactName is { Length: > 0 } name ? $"{phone} ({name})" : phone);
        }
        if (o.Contact.Email is { Length: > 0 } email)
        {
            yield return new Fact(PrintText.Email.For(language), email);
        }
    }

    private static IEnumerable<Fact> Access(Offer o, string language)
    {
        foreach (var l in o.Locations)
        {
            var parts = new List<string> { (l.Access.StepFree ? PrintText.StepFree : PrintText.NotStepFree).For(language) };
            if (l.Access.HearingLoop)
            {
                parts.Add(PrintText.HearingLoop.For(language));
            }
            if (l.Access.AccessibleToilet)
            {
                parts.Add(PrintText.AccessibleToilet.For(language));
            }
            var note = Place(l, language)?.AccessNote ?? l.Access.Note;
            if (!string.IsNullOrWhiteSpace(note))
            {
                parts.Add(Sentence(note));
            }
            var text = string.Join(" ", parts);
            yield return new Fact(PrintText.Access.For(language), o.Locations.Count > 1 ? $"{PlaceName(l, language)}: {text}" : text);
        }
    }

    private static string ForWhom(Offer o, string language)
    {
        var who = o.TargetGroups.Count == 0
            ? PrintText.ForEveryone.For(language)
            : string.Join(", ", o.TargetGroups.Select(code => KioskTaxonomy.Find(code)?.Label(language) ?? code));
        var ages = o.Ages switch
        {
            { Minimum: int min, Maximum: int max } => $"{min}–{max}",
            { Minimum: int min } => $"{min}+",
            { Maximum: int max } => string.Format(CultureInfo.InvariantCulture, PrintText.UpTo.For(language), max),
            _ => null,
        };
        return ages is null ? who + "." : $"{who}. {PrintText.Ages.For(language)}: {ages}.";
    }

    private static string LanguageName(string code, string language)
    {
        if (language == "da" && DanishLanguageNames.TryGetValue(code, out var name))
        {
            return name;
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return language switch
            {
                "da" => code,
                "en" => culture.EnglishName,
                _ => culture.NativeName, // read in the reader's language or recognised in its own
            };
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static readonly Dictionary<string, string> DanishLanguageNames = new(StringComparer.Ordinal)
    {
        ["da"] = "Dansk", ["en"] = "Engelsk", ["ar"] = "Arabisk", ["uk"] = "Ukrainsk", ["de"] = "Tysk",
        ["pl"] = "Polsk", ["so"] = "Somali", ["tr"] = "Tyrkisk", ["fa"] = "Persisk", ["ti"] = "Tigrinya",
    };

    private static string JoinList(List<string> items, string language) => PrintWording.JoinList(items, language);

    /// <summary>Ends a text with a full stop unless it already ends a sentence.</summary>
    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || ".!?".Contains(t[^1], StringComparison.Ordinal) ? t : t + ".";
    }

    private static CultureInfo Culture(string language) => PrintLanguages.Culture(language);

    private static string PlaceName(OfferLocation l, string language) => Place(l, language)?.Name ?? l.Name;

    private static PlaceTranslation? Place(OfferLocation l, string language) =>
        language == "da" ? null : l.Translations.GetValueOrDefault(language);

    private static OfferTranslation? Translation(Offer o, string language) =>
        language == "da" ? null : o.Translations.GetValueOrDefault(language);
}
