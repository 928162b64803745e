using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.Demand.Storage;
using KioskGuide.Domain.Demand;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Central.Demand.Reports;

/// <summary>
/// Builds the <see cref="DemandView"/> for the planners' filter: one whole quarter (the chosen one, or the latest with
/// counters) and one site or all. Search terms pass <see cref="DemandPublication"/>; every other count is "&lt;5"
/// below 5, and in a site's view also when it differs from the all-sites count by 1–4 (so subtracting the two
/// views tells nothing about the other sites' small numbers).
/// </summary>
public sealed class DemandReportBuilder(DemandDayStore store, OfferIndex offers, TimeProvider time)
{
    /// <summary>Terms listed per table; the others (shown or not) are in "other".</summary>
    public const int TopTerms = 15;

    public async Task<DemandView> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        var quarter = filter.From is { } from ? ReportFilter.QuarterStart(from) : ReportFilter.QuarterStart(await store.LatestDayAsync(cancellationToken) ?? today);
        var previous = quarter.AddMonths(-3);
        var end = quarter.AddMonths(3).AddDays(-1);
        var rows = await store.ReadAsync(previous, end, cancellationToken);
        var all = rows.Where(r => r.Day >= quarter).ToList();
        var view = filter.Site is null ? all : all.Where(r => r.KioskId == filter.Site).ToList();
        var allBefore = rows.Where(r => r.Day < quarter).ToList();
        var viewBefore = filter.Site is null ? allBefore : allBefore.Where(r => r.KioskId == filter.Site).ToList();
        var catalogue = await offers.OffersAsync(cancellationToken);

        var cells = new Cells(view, filter.Site is null ? null : all);
        var lines = new List<(string, string)> { ("Sted", filter.Site ?? "Alle steder"), ("Periode", FilterText.Quarter(quarter)) };
        return new DemandView(
            quarter, previous, filter.Site, lines,
            Terms(DemandKinds.SearchNoMatch, view, filter.Site is null ? null : all, viewBefore, filter.Site is null ? null : allBefore),
            Terms(DemandKinds.SearchMatch, view, filter.Site is null ? null : all, viewBefore, filter.Site is null ? null : allBefore),
            Gaps(KioskTaxonomy.Themes, DemandKinds.ThemeOpened, cells, code => catalogue.Count(o => o.Themes.Contains(code))),
            Gaps(KioskTaxonomy.TargetGroups, DemandKinds.GroupOpened, cells, code => catalogue.Count(o => o.TargetGroups.Contains(code))),
            Prints(view, cells, catalogue.ToDictionary(o => o.Id.ToString("D"), o => o.Name, StringComparer.Ordinal)),
            Usage(view, cells),
            view.Count == 0)
        {
            Note = filter.AgeBand is not null || filter.Area is not null
                ? "Alder og område gælder kun spørgeskemaet: efterspørgslen tælles uden at vide, hvem der søger."
                : null,
        };
    }

    private static TermTable Terms(string kind, List<DemandRow> view, List<DemandRow>? all, List<DemandRow> viewBefore, List<DemandRow>? allBefore)
    {
        var now = DemandPublication.Publish(Observations(kind, view), all is null ? null : Observations(kind, all));
        var before = DemandPublication.Publish(Observations(kind, viewBefore), allBefore is null ? null : Observations(kind, allBefore))
            .Terms.ToDictionary(t => t.Term, t => t.Count, StringComparer.Ordinal);
        var top = now.Terms.Take(TopTerms).Select(t => before.TryGetValue(t.Term, out var was)
            ? new TermRow(t.Term, SmallGroups.Cell(t.Count), was.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Count > was ? "flere" : t.Count < was ? "færre" : "som før")
            : new TermRow(t.Term, SmallGroups.Cell(t.Count), "–", "ny")).ToList();
        return new TermTable(top, SmallGroups.Cell(now.Other + now.Terms.Skip(TopTerms).Sum(t => t.Count)));
    }

    private static IEnumerable<TermObservation> Observations(string kind, IEnumerable<DemandRow> rows) =>
        rows.Where(r => r.Kind == kind).Select(r => new TermObservation(r.Key, r.KioskId, r.Day, r.Count));

    private static List<GapRow> Gaps(IReadOnlyList<TaxonomyTerm> terms, string kind, Cells cells, Func<string, int> offersFor) =>
        [.. terms.Select(t => new GapRow(t.Code, t.Da, cells.Of(kind, t.Code), offersFor(t.Code)))
            .OrderByDescending(g => g.Opened.Value ?? 0).ThenBy(g => g.Offers).ThenBy(g => g.Label, StringComparer.Ordinal)];

    private static List<PrintRow> Prints(List<DemandRow> view, Cells cells, Dictionary<string, string> names) =>
        [.. view.Where(r => r.Kind is DemandKinds.LeafletPrinted or DemandKinds.WeekPrinted).Select(r => r.Key).Distinct(StringComparer.Ordinal)
            .Select(id => new PrintRow(id, names.GetValueOrDefault(id) ?? (id == "all" ? "Ugeprogram med flere tilbud" : "Tilbud, der ikke længere er i feedet"),
                cells.Of(DemandKinds.LeafletPrinted, id), cells.Of(DemandKinds.WeekPrinted, id)))
            .OrderByDescending(p => p.Leaflets.Value ?? 0).ThenBy(p => p.Name, StringComparer.Ordinal)];

    private static List<UsageRow> Usage(List<DemandRow> view, Cells cells)
    {
        var kinds = new[] { DemandKinds.Tile, DemandKinds.Filter, DemandKinds.Language, DemandKinds.ReadAloud, DemandKinds.IdleNoOffer };
        return [.. view.Where(r => kinds.Contains(r.Kind)).Select(r => (r.Kind, r.Key)).Distinct()
            .Select(k => new UsageRow(k.Kind, k.Key, UsageLabel(k.Kind, k.Key), cells.Of(k.Kind, k.Key)))
            .OrderBy(u => Array.IndexOf(kinds, u.Kind)).ThenByDescending(u => u.Count.Value ?? 0).ThenBy(u => u.Label, StringComparer.Ordinal)];
    }

    public static string UsageLabel(string kind, string key) => kind switch
    {
        DemandKinds.Tile => $"Emne på forsiden: {BrowseCategories.Find(key)?.Da ?? key}",
        DemandKinds.Filter when key.StartsWith("who:", StringComparison.Ordinal) => $"Filter, hvem: {CitizenGroups.Find(key[4..])?.Da ?? key[4..]}",
        DemandKinds.Filter when key.StartsWith("town:", StringComparison.Ordinal) => $"Filter, hvor: {key[5..]}",
        DemandKinds.Filter when key.StartsWith("day:", StringComparison.Ordinal) => $"Filter, hvornår: {key[4..]}",
        DemandKinds.Filter when key == "free" => "Filter: kun gratis",
        DemandKinds.Filter when key == "step-free" => "Filter: uden trin",
        DemandKinds.Language => $"Sprog brugt: {Language(key)}",
        DemandKinds.ReadAloud => $"Oplæsning brugt: {Language(key)}",
        DemandKinds.IdleNoOffer => "Besøg, der sluttede uden at et tilbud blev åbnet",
        _ => $"{kind}: {key}",
    };

    private static string Language(string code) => code switch
    {
        "da" => "dansk",
        "en" => "engelsk",
        "ar" => "arabisk",
        "uk" => "ukrainsk",
        _ => code,
    };

    /// <summary>Sums per (kind, key) in the view and, for a site's view, in all sites, and turns them into cells.</summary>
    private sealed class Cells(List<DemandRow> view, List<DemandRow>? all)
    {
        private readonly Dictionary<(string, string), int> _view = Sum(view);
        private readonly Dictionary<(string, string), int>? _all = all is null ? null : Sum(all);

        public CountCell Of(string kind, string key)
        {
            int count = _view.GetValueOrDefault((kind, key));
            return _all is not null && _all.GetValueOrDefault((kind, key)) - count is > 0 and < SmallGroups.Threshold
                ? SmallGroups.Cell(0)
                : SmallGroups.Cell(count);
        }

        private static Dictionary<(string, string), int> Sum(List<DemandRow> rows) =>
            rows.GroupBy(r => (r.Kind, r.Key)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }
}
