using System.Globalization;
using System.Numerics;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// Protection against differencing (docs/citizen-input/disclosure.md). The planners' page, the CSV and the PDF show
/// a fixed set of published breakdowns: all answers, or answers by ONE of site, quarter, age band or area. Of those
/// groups a breakdown is published only if
/// <list type="number">
/// <item>it has at least <see cref="SmallGroups.Threshold"/> answers (primary suppression), and</item>
/// <item>no pair of published groups G, H lets one subtract a handful of people out: never
/// 0 &lt; |G∖H| &lt; 5 while |H∖G| &lt; 5 (secondary, complementary suppression).</item>
/// </list>
/// Groups are decided greedily, coarsest first (all answers, then each dimension, larger groups first), so the
/// overview survives and a finer group that would let someone subtract is the one withheld. The decision depends
/// only on the answers, not on what was asked before, so no sequence of filter choices changes it.
/// </summary>
public static class Disclosure
{
    public const string MoreThanOneFilter =
        "Vælg ét filter ad gangen (sted, kvartal, alder eller område): kombinationer kan tilsammen afsløre enkelte svar.";

    public const string WouldReveal =
        "Dette udvalg vises ikke: sammen med en anden visning ville det kunne afsløre færre end 5 personers svar.";

    /// <summary>
    /// Null when <paramref name="filter"/> may be shown over <paramref name="all"/> (its group is published, or has
    /// fewer than 5 answers and so shows nothing but "&lt;5"); else the reason, for the page and the exports.
    /// </summary>
    public static string? Refusal(ReportFilter filter, int matching, Questionnaire questionnaire, IReadOnlyList<QuestionnaireResponse> all)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.DimensionCount > 1)
        {
            return MoreThanOneFilter;
        }

        return matching < SmallGroups.Threshold || Published(questionnaire, all).Contains(Key(filter)) ? null : WouldReveal;
    }

    /// <summary>Whether a response belongs to the group a filter describes (period as whole quarters).</summary>
    public static bool Matches(ReportFilter filter, Questionnaire questionnaire, QuestionnaireResponse response)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(response);
        return (filter.Site is null || filter.Site == response.KioskId)
            && (filter.From is null || response.Date >= filter.From)
            && (filter.To is null || response.Date <= filter.To)
            && (filter.AgeBand is null || filter.AgeBand == Segment(response, questionnaire, QuestionType.AgeBand))
            && (filter.Area is null || filter.Area == Segment(response, questionnaire, QuestionType.Area));
    }

    /// <summary>The keys ("", "site=…", "period=…", "age=…", "area=…") of every published group.</summary>
    public static IReadOnlySet<string> Published(Questionnaire questionnaire, IReadOnlyList<QuestionnaireResponse> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var groups = Groups(questionnaire, all);
        var accepted = new List<ulong[]>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, members, size) in groups)
        {
            if (size < SmallGroups.Threshold)
            {
                continue;
            }

            if (accepted.TrueForAll(other => !Conflict(members, other)))
            {
                accepted.Add(members);
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The group key of a filter with at most one dimension.</summary>
    public static string Key(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter switch
        {
            { Site: { } site } => "site=" + site,
            { From: { } from } => "period=" + Quarter(from),
            { AgeBand: { } age } => "age=" + age,
            { Area: { } area } => "area=" + area,
            _ => "",
        };
    }

    /// <summary>"2026-Q3": the quarter a date is in; periods are whole quarters only.</summary>
    public static string Quarter(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{((date.Month - 1) / 3) + 1}");

    /// <summary>Candidate groups in the order they are decided: all, then per dimension, larger groups first.</summary>
    private static List<(string Key, ulong[] Members, int Size)> Groups(Questionnaire questionnaire, IReadOnlyList<QuestionnaireResponse> all)
    {
        int words = (all.Count + 63) / 64;
        var everyone = new ulong[words];
        var byKey = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        var dimensions = new[] { "site=", "period=", "age=", "area=" };
        for (int i = 0; i < all.Count; i++)
        {
            everyone[i / 64] |= 1UL << (i % 64);
            var r = all[i];
            foreach (var key in new[]
            {
                "site=" + r.KioskId,
                "period=" + Quarter(r.Date),
                Segment(r, questionnaire, QuestionType.AgeBand) is { } age ? "age=" + age : null,
                Segment(r, questionnaire, QuestionType.Area) is { } area ? "area=" + area : null,
            })
            {
                if (key is null)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var set))
                {
                    byKey[key] = set = new ulong[words];
                }

                set[i / 64] |= 1UL << (i % 64);
            }
        }

        var ordered = new List<(string, ulong[], int)> { ("", everyone, all.Count) };
        foreach (var dimension in dimensions)
        {
            ordered.AddRange(byKey.Where(g => g.Key.StartsWith(dimension, StringComparison.Ordinal))
                .Select(g => (g.Key, g.Value, Count(g.Value)))
                .OrderByDescending(g => g.Item3).ThenBy(g => g.Key, StringComparer.Ordinal));
        }

        return ordered;
    }

    /// <summary>Subtracting one group's counts from the other's would isolate fewer than 5 people.</summary>
    private static bool Conflict(ulong[] a, ulong[] b)
    {
        int onlyA = 0, onlyB = 0;
        for (int w = 0; w < a.Length; w++)
        {
            onlyA += BitOperations.PopCount(a[w] & ~b[w]);
            onlyB += BitOperations.PopCount(b[w] & ~a[w]);
        }

        return onlyA is > 0 and < SmallGroups.Threshold && onlyB < SmallGroups.Threshold
            || onlyB is > 0 and < SmallGroups.Threshold && onlyA < SmallGroups.Threshold;
    }

    private static int Count(ulong[] set) => set.Sum(w => BitOperations.PopCount(w));

    /// <summary>The option chosen for the first question of <paramref name="type"/>, as the store's segments are made.</summary>
    private static string? Segment(QuestionnaireResponse response, Questionnaire questionnaire, QuestionType type)
    {
        var question = questionnaire.Questions.FirstOrDefault(q => q.Type == type);
        return question is null ? null : response.Answers.FirstOrDefault(a => a.QuestionId == question.Id)?.OptionIds is [var first, ..] ? first : null;
    }
}
