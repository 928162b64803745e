using System.Globalization;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using static KioskGuide.Central.Feed.Import.CsvColumns;

namespace KioskGuide.Central.Feed.Import;

/// <summary>
/// The spreadsheet municipal staff keep: one row per offer (columns in <see cref="CsvColumns"/>), read
/// into an <see cref="Offer"/> and written as a profile service, so it passes the same checks as JSON.
/// </summary>
public static class CsvOfferSource
{
    public static IEnumerable<ImportCandidate> Read(string path, string stateProvince, List<string> warnings)
    {
        var table = CsvTable.Parse(File.ReadAllText(path));
        string file = Path.GetFileName(path);
        var missing = Required.Where(c => !table.Header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{file}: the header lacks the required column(s) {string.Join(", ", missing)}.");
        }

        foreach (var unknown in table.Header.Where(h => h.Length > 0 && !All.Contains(h)))
        {
            warnings.Add($"{file}: the column '{unknown}' is not known and was ignored");
        }

        foreach (var row in table.Rows)
        {
            yield return ReadRow(new Cells(table.Header, row), $"{file} line {row.Line}", stateProvince);
        }
    }

    private static ImportCandidate ReadRow(Cells cells, string where, string stateProvince)
    {
        var problems = new List<string>();
        string name = cells[Name];
        string organisation = cells[Organisation];
        // Without an id column the offer is known by organisation and name; renaming it makes a new offer.
        Guid? id = cells[Id] is { Length: > 0 } idText
            ? Guid.TryParse(idText, out var parsed) ? parsed : Fail<Guid?>(problems, $"id '{idText}' is not a UUID")
            : name.Length > 0 && organisation.Length > 0 ? StableId.Create(StableId.ProfileNamespace, $"csv/{organisation}/{name}") : null;
        foreach (var column in Required.Where(c => cells[c].Length == 0))
        {
            problems.Add($"{column} is empty");
        }

        var placeId = id is { } g ? StableId.Create(g, "csv/place") : Guid.Empty;
        var offer = problems.Count > 0 ? null : new Offer
        {
            Id = id!.Value,
            Name = name,
            Summary = cells[Summary],
            Description = cells[Description],
            Organizer = new Organizer
            {
                Name = organisation,
                ProviderType = Code(Vocabularies.ProviderTypes, cells[OrganisationType], OrganisationType, problems, ProviderType.Association),
                Website = Link(cells[OrganisationWebsite], OrganisationWebsite, problems),
            },
            Locations =
            [
                new OfferLocation
                {
                    Id = placeId,
                    Name = cells[Place],
                    Address = new Address { Street = cells[Street], PostalCode = cells[PostalCode], City = cells[City] },
                    Town = cells[Town] is { Length: > 0 } town ? town : cells[City],
                    Latitude = Number(cells[Latitude], Latitude, problems),
                    Longitude = Number(cells[Longitude], Longitude, problems),
                    HowToGetThere = NullIfEmpty(cells[HowToGetThere]),
                    Access = new Accessibility
                    {
                        StepFree = YesNo(cells[StepFree], StepFree, problems),
                        HearingLoop = YesNo(cells[HearingLoop], HearingLoop, problems),
                        AccessibleToilet = YesNo(cells[AccessibleToilet], AccessibleToilet, problems),
                        Note = NullIfEmpty(cells[AccessNote]),
                    },
                },
            ],
            Schedules = CsvSchedule.Read(cells, problems),
            Cost = Cost(cells, problems),
            HowToJoin = Code(Vocabularies.JoinMethods, cells[HowToJoin], HowToJoin, problems, JoinMethod.CallFirst),
            JoinNote = NullIfEmpty(cells[JoinNote]),
            Contact = new Contact
            {
                ContactName = NullIfEmpty(cells[ContactName]),
                Phone = NullIfEmpty(cells[Phone]),
                Email = NullIfEmpty(cells[Email]),
                Web = Link(cells[Web], Web, problems),
            },
            WebPage = Link(cells[WebPage], WebPage, problems),
            Languages = List(cells[Languages]) is { Count: > 0 } languages ? languages : ["da"],
            Ages = Ages(cells, problems),
            Themes = List(cells[Themes]),
            TargetGroups = List(cells[TargetGroups]),
            LifeArenas = List(cells[LifeArenas]),
            Strategies = List(cells[Strategies]),
            Purposes = List(cells[Purposes]) is { Count: > 0 } purposes
                ? [.. purposes.Select(p => Code(Vocabularies.Purposes, p, CsvColumns.Purposes, problems, Purpose.Preventive))]
                : [Purpose.Preventive],
            Translations = Translations(cells),
        };

        string? idString = id is { } known ? StableId.Format(known) : null;
        if (offer is null || problems.Count > 0)
        {
            return new ImportCandidate(where, null, idString, string.Join("; ", problems));
        }

        JsonObject service = OfferToHsds.Write(offer, stateProvince);
        if (cells[Status] is { Length: > 0 } status)
        {
            service["status"] = status; // Checked by the schema like any other value.
        }

        return new ImportCandidate(where, service, idString);
    }

    private static Cost Cost(Cells cells, List<string> problems)
    {
        decimal? price = cells[PriceDkk] is { Length: > 0 } text
            ? decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p >= 0 ? p : Fail<decimal?>(problems, $"{PriceDkk} '{text}' is not an amount")
            : null;
        return new Cost
        {
            IsFree = price is null or 0,
            AmountDkk = price > 0 ? price : null,
            Description = NullIfEmpty(cells[PriceText]),
        };
    }

    private static AgeRange? Ages(Cells cells, List<string> problems)
    {
        int? min = Int(cells[MinAge], MinAge, problems);
        int? max = Int(cells[MaxAge], MaxAge, problems);
        return min is null && max is null ? null : new AgeRange(min, max);
    }

    private static Dictionary<string, OfferTranslation> Translations(Cells cells)
    {
        var english = new OfferTranslation { Name = NullIfEmpty(cells[NameEn]), Summary = NullIfEmpty(cells[SummaryEn]) };
        return english.Name is null && english.Summary is null ? [] : new() { ["en"] = english };
    }

    private static T Code<T>(IReadOnlyList<(T Value, Domain.Taxonomy.TaxonomyTerm Term)> vocabulary, string text, string column, List<string> problems, T fallback)
    {
        foreach (var (value, term) in vocabulary)
        {
            if (string.Equals(term.Code, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        problems.Add($"{column} '{text}' is not one of {string.Join(", ", vocabulary.Select(v => v.Term.Code))}");
        return fallback;
    }

    private static Uri? Link(string text, string column, List<string> problems)
    {
        var uri = SafeLinks.Parse(text, out var problem);
        if (problem is not null)
        {
            problems.Add($"{column}: {problem}");
        }

        return uri;
    }

    private static bool YesNo(string text, string column, List<string> problems) => text.Trim().ToLowerInvariant() switch
    {
        "" or "nej" or "no" or "false" or "0" => false,
        "ja" or "yes" or "true" or "1" => true,
        _ => Fail<bool>(problems, $"{column} '{text}' is not ja or nej"),
    };

    private static double? Number(string text, string column, List<string> problems) =>
        text.Length == 0 ? null
        : double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
        : Fail<double?>(problems, $"{column} '{text}' is not a number");

    private static int? Int(string text, string column, List<string> problems) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value
        : Fail<int?>(problems, $"{column} '{text}' is not a whole number");

    internal static List<string> List(string text) =>
        [.. text.Split([' ', ',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    internal static T Fail<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default!;
    }
}

/// <summary>A row's cells by column name; a missing column reads as empty.</summary>
internal sealed class Cells(IReadOnlyList<string> header, CsvRow row)
{
    public string this[string column]
    {
        get
        {
            int index = header.IndexOf(column);
            return index >= 0 && index < row.Fields.Count ? row.Fields[index].Trim() : "";
        }
    }
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
