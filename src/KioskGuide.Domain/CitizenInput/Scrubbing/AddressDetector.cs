using System.Text.RegularExpressions;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// Street addresses: a street name (a word ending in a Danish street suffix, a name before a street word, or a
/// definite street word alone), an optional "nr."/"nummer", a house number 1–999 with an optional letter, an
/// optional floor and side and an optional postcode and town. After a cue ("jeg bor på", "min adresse er",
/// "I live at", "я живу на", "أسكن في") any word before a house number is taken for the street.
/// </summary>
/// <remarks>
/// The house number must stand alone: "Torvet 10.30" is a time, "Parken 3-1" a score, "Torvet 5. maj" and
/// "Hallen 12 maj" dates, "Haven 3 gange" a count, "Torvet 2024" a year — none of them an address. A capitalised
/// name that is not a street ("Loppemarked i Hallen 12 maj", "Sal 3", "Bus 210") is left alone.
/// </remarks>
internal static class AddressDetector
{
    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    // Endings of Danish street names, in the indefinite and the definite form ("vej", "vejen").
    private const string StreetSuffix =
        "vej(?:en)?|gade(?:n)?|all[eé](?:en)?|plads(?:en)?|stræde(?:t)?|vænge(?:t)?|park(?:en)?|have(?:n)?|torv(?:et)?"
        + "|boulevard(?:en)?|sti(?:en)?|bakke(?:n)?|toft(?:en)?|eng(?:en)?|vang(?:en)?|høj(?:en)?|lund(?:en)?|gyde(?:n)?"
        + "|havn(?:en)?|kaj(?:en)?|brygge(?:n)?|løkke(?:n)?|kær(?:et)?|agre(?:ne)?|ager|hegn(?:et)?|krog(?:en)?|dal(?:en)?"
        + "|holm(?:en)?|skov(?:en)?|mark(?:en)?|passage(?:n)?|kvarter(?:et)?|gård(?:en)?|tofte(?:n)?|banke(?:n)?|bjerg(?:et)?";

    // The endings trusted in a word typed in lower case ("strandvejen 8"). The others end too many
    // ordinary words: "arbejdsplads", "børnehave", "køkkenhaven", "cykelsti", "dreng", "landsbyskoven".
    private const string LowerCaseStreetSuffix =
        "vej(?:en)?|gade(?:n)?|all[eé](?:en)?|stræde(?:t)?|vænge(?:t)?|torv(?:et)?|boulevard(?:en)?";

    // The same endings as words of their own, after another word: "Vester Allé", "Sankt Hans Torv".
    private const string StreetWord =
        "Vej(?:en)?|Gade(?:n)?|All[eé](?:en)?|Plads(?:en)?|Stræde(?:t)?|Vænge(?:t)?|Park(?:en)?|Have(?:n)?|Torv(?:et)?"
        + "|Boulevard(?:en)?|Sti(?:en)?|Bakke(?:n)?|Toft(?:en)?|Eng(?:en)?|Vang(?:en)?|Høj(?:en)?|Lund(?:en)?|Gyde(?:n)?"
        + "|Kaj(?:en)?|Brygge(?:n)?|Passage(?:n)?";

    // Definite street words that are street names on their own: "Torvet 3", "Toften 12".
    // Not "Vejen" (a town) and not "Alle" ("everyone", capitalised at the start of a sentence).
    private const string LoneStreetWord =
        "Torvet|Parken|Engen|Bakken|Vænget|Toften|Haven|Stien|Vangen|Højen|Pladsen|Alléen|Strædet|Lunden|Kajen|Bryggen";

    // Words that open many street names: "Gammel Kongevej", "Nørre Allé", "Skt. Hans Torv".
    private const string StreetPrefix =
        "Gammel|Gamle|Gl\\.|Ny|Nye|Store|St\\.|Lille|Ll\\.|Nørre|Søndre|Vester|Vestre|Øster|Østre|Nordre|Sankt|Skt\\."
        + "|Kong|Kongens|Dronning|Dronningens|Prins|Prinsesse|Indre|Ydre|Øvre|Nedre|Lange|Brede";

    // Words that are never a street although they end like one: a country, "Danmark 2" is not an address.
    private const string NotStreet = "Danmark|Grønland|Finmark|Lapmark|Denmark";

    // What may follow a number that is not a house number: a count, an age, a price, a duration…
    private const string Unit =
        "gange?|år|årig\\p{L}*|kr|kroner|dkk|euro|timer?|timers|min|minutter|minutters|sek|sekunder|dage?|dages|døgn|uger?|ugers"
        + "|måneder?|km|m|meter|procent|pct|personer|mennesker|folk|børn|voksne|deltagere|pladser|steder|stk|nætter"
        + "|kg|liter|grader|point|sider|bøger|times?|hours?|minutes?|days?|weeks?|months?|years?|people|persons|kids|children"
        + "|women|seats|places|am|pm|og\\x20\\d|til\\x20\\d|to\\x20\\d|and\\x20\\d|or\\x20\\d|eller\\x20\\d";

    // A number followed by a month or a weekday is a date: "Hallen 12 maj", "Torvet 3 juni", "Parken 5 May".
    private const string DateWord =
        "jan|januar|january|feb|februar|february|mar|marts|march|apr|april|maj|may|jun|juni|june|jul|juli|july|aug|august"
        + "|sep|sept|september|okt|oktober|oct|october|nov|november|dec|december"
        + "|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    // Cues after which the next words up to a house number are the street, whatever they look like.
    private const string Cue =
        "(?i:bor\\x20(?:på|i|ved|over\\x20for|lige\\x20ved|nede\\x20på|oppe\\x20på)|boet\\x20på|flyttet\\x20til|flyttede\\x20til"
        + "|adresse(?:n)?(?:\\x20er)?:?|min\\x20adresse(?:\\x20er)?:?|address(?:\\x20is)?:?|live\\x20(?:at|on|in)|lives\\x20(?:at|on)"
        + "|living\\x20(?:at|on)|moved\\x20to|живу\\x20(?:на|в|у)|мешкаю\\x20(?:на|в|у)|адреса(?:\\x20така)?:?|моя\\x20адреса:?"
        + "|أسكن\\x20في|اسكن\\x20في|أعيش\\x20في|اعيش\\x20في|عنواني|العنوان:?|عنوان:?)";

    // House number and what may follow it: the parts both patterns share.
    private const string HouseNumber = $$"""
        (?:\x20(?i:nr|nummer|no|номер|رقم)\.?)?
        \x20
        [1-9]\d{0,2}(?!\d)                  # house number 1–999; "Torvet 2024" is a year
        (?:[a-hA-H]|\x20[A-H])?             # house letter: "12A", "12a", "12 A"
        (?![\p{L}\p{N}])
        (?![.:\-/]\d)                       # 10.30, 10:30, 10-14, 3-1, 1/2
        (?!,\d(?!\d?\.?\x20?(?:th|tv|mf|sal)(?!\p{L})))   # 2,5 km; but 12,3.th is floor and side
        (?!\x20?%)                          # a percentage
        (?!\.\x20?(?!(?:th|tv|mf|sal|st)(?!\p{L}))\p{Ll})   # an ordinal: "5. maj", "3. gang"
        (?!\.?\x20(?i:{{Unit}})(?!\p{L}))   # a count, age, price or duration
        (?!\.?\x20(?i:{{DateWord}})(?!\p{L}))   # a date
        (?:                                 # floor and side: "3. th", "st. tv", "2.sal", "st.", "tv", "3 th"
            ,?\x20?
            (?:
                (?:st|kl|\d{1,2})\.?\x20?(?:th|tv|mf)
              | \d{1,2}\.\x20?sal
              | st(?=\.)
              | th|tv|mf
            )
            (?!\p{L})
        )?
        (?:                                 # postcode and town: ", 4790 Åbæk", "2100 København Ø"
            ,?\x20\d{4}\x20\p{L}[\p{L}\-]*
            (?:\x20(?:NV|SV|NØ|SØ|[NSØVCK])(?!\p{L}))?
        )?
        """;

    private static readonly Regex Street = new(
        $$"""
        (?<![\p{L}\p{N}\-])                # the start of a word (and one try per word, not per letter)
        (?<a>
            (?!(?:{{NotStreet}})(?!\p{L}))
            (?:
                # one word ending in a street suffix, perhaps after a prefix word: "Nørregade",
                # "Bibliotekstorvet", "Gammel Kongevej". Lower case needs 3 letters before one of the
                # trusted suffixes, so "strandvejen" counts but "omvej" and "arbejdsplads" do not.
                (?:(?:{{StreetPrefix}})\x20){0,2}
                (?:\p{Lu}[\p{L}\-]*?(?:{{StreetSuffix}})|\p{Ll}[\p{L}\-]{2,}?(?:{{LowerCaseStreetSuffix}}))
              |
                # a name, then a street word: "Vester Allé", "H.C. Andersens Boulevard", "Sankt Hans Torv"
                (?:(?:\p{Lu}\.\x20?){1,3}|(?:{{StreetPrefix}})\x20)?
                \p{Lu}[\p{L}\-']*\x20(?:{{StreetWord}})
              |
                # a street word alone: "Torvet", "Toften"
                (?:{{LoneStreetWord}})
            )
            (?!\p{L})
            {{HouseNumber}}
        )
        """,
        Options,
        Timeout);

    private static readonly Regex AfterCue = new(
        $$"""
        (?<![\p{L}])
        {{Cue}}
        \x20
        (?<a>
            (?!\d)
            (?:[\p{L}][\p{L}.\-']*\x20){0,2}[\p{L}][\p{L}.\-']*
            {{HouseNumber}}
        )
        """,
        Options,
        Timeout);

    public static void Find(string view, List<PiiSpan> spans)
    {
        foreach (var pattern in new[] { Street, AfterCue })
        {
            foreach (Match match in pattern.Matches(view))
            {
                var address = match.Groups["a"];
                spans.Add(new PiiSpan(address.Index, address.Length, PiiKinds.Address));
            }
        }
    }
}
