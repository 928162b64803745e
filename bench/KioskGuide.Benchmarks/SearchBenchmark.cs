using System.Diagnostics;
using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;

namespace KioskGuide.Benchmarks;

/// <summary>Search and filter times of <see cref="OfferCatalogue"/> in-process, as the kiosk's screens call it.</summary>
internal static class SearchBenchmark
{
    private const int WarmUpRuns = 20;
    private const int Runs = 200;
    private const double TargetP95Ms = 5;
    private const int LabelWidth = 34;

    /// <summary>Typical words a citizen taps in, one with a typo ("fællesskap"), one without Danish letters ("lob" for "løb").</summary>
    private static readonly string[] Queries =
        ["gå", "gåtur", "spis", "fællesskab", "lob", "kaffe", "strik", "unge", "telefonven", "sorg", "fællesskap"];

    private static readonly (string Label, OfferFilter Filter)[] Filters =
    [
        ("all offers (tile \"all\")", OfferFilter.None with { Category = BrowseCategories.AllCode }),
        ("Day = Today", OfferFilter.None with { Category = BrowseCategories.AllCode, Day = DayChoice.Today }),
        ("Town = Kildevang", OfferFilter.None with { Category = BrowseCategories.AllCode, Town = "Kildevang" }),
        ("FreeOnly", OfferFilter.None with { Category = BrowseCategories.AllCode, FreeOnly = true }),
        ("FreeOnly + StepFreeOnly", OfferFilter.None with { Category = BrowseCategories.AllCode, FreeOnly = true, StepFreeOnly = true }),
    ];

    public static void Run(IReadOnlyList<Offer> offers)
    {
        Report.Heading($"Search in-process ({offers.Count:N0} offers)");
        var build = Stopwatch.StartNew();
        var catalogue = new OfferCatalogue(offers, KioskTimeZone.Copenhagen);
        double cold = build.Elapsed.TotalMilliseconds;
        build.Restart();
        catalogue = new OfferCatalogue(offers, KioskTimeZone.Copenhagen); // as a sync rebuilds it in a running kiosk
        Report.Line($"Catalogue build (sort + search index): first {Report.Ms1(cold)} ms (includes JIT and ICU collation start-up), " +
            $"again {Report.Ms1(build.Elapsed.TotalMilliseconds)} ms");
        Report.Line($"{WarmUpRuns} warm-up runs, then {Runs} timed runs per row. Times in ms.");

        Report.Line();
        Report.Line("Text search (search screen: query, no filter)");
        Table(catalogue, Queries.Select(q => ($"\"{q}\"", q, OfferFilter.None)));

        Report.Line();
        Report.Line("Filter only (results screen: empty query)");
        Table(catalogue, Filters.Select(f => (f.Label, "", f.Filter)));
    }

    private static void Table(OfferCatalogue catalogue, IEnumerable<(string Label, string Query, OfferFilter Filter)> rows)
    {
        Report.Row(LabelWidth, "query", "hits", "p50", "p95", "max", "gen0 GCs", $"p95<={TargetP95Ms}");
        var all = new List<double>();
        foreach (var (label, query, filter) in rows)
        {
            int gcs = GC.CollectionCount(0);
            var (hits, times) = Time(catalogue, query, filter);
            gcs = GC.CollectionCount(0) - gcs;
            all.AddRange(times);
            Percentiles p = Percentiles.Of(times);
            Report.Row(LabelWidth, label, hits.ToString(CultureInfo.InvariantCulture), Report.Ms(p.P50), Report.Ms(p.P95), Report.Ms(p.Max),
                gcs.ToString(CultureInfo.InvariantCulture), p.P95 <= TargetP95Ms ? "PASS" : "OVER");
        }

        Percentiles overall = Percentiles.Of(all);
        Report.Line($"Overall ({overall.Count} runs): p50 {Report.Ms(overall.P50)} ms, " +
            Report.AgainstTarget("p95", overall.P95, TargetP95Ms, Report.Ms));
    }

    private static (int Hits, double[] Times) Time(OfferCatalogue catalogue, string query, OfferFilter filter)
    {
        int hits = 0;
        for (int i = 0; i < WarmUpRuns; i++)
        {
            hits = catalogue.Search(query, filter, DateTimeOffset.UtcNow).Count;
        }

        var times = new double[Runs];
        for (int i = 0; i < Runs; i++)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow; // the kiosk asks its clock on every search
            long start = Stopwatch.GetTimestamp();
            hits = catalogue.Search(query, filter, now).Count;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return (hits, times);
    }
}
