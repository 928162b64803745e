using KioskGuide.Central.CitizenInput.Reports;

namespace KioskGuide.Central.Demand.Reports;

/// <summary>
/// What the planners' page, the CSV and the PDF show of the demand signals, already suppressed: terms by the
/// publication rule, every count a <see cref="CountCell"/> ("&lt;5" below 5). The renderers read only this.
/// </summary>
/// <param name="Quarter">The first day of the quarter shown (demand is always one whole quarter).</param>
/// <param name="PreviousQuarter">The quarter the trend compares with.</param>
public sealed record DemandView(
    DateOnly Quarter,
    DateOnly PreviousQuarter,
    string? Site,
    IReadOnlyList<(string Name, string Value)> FilterLines,
    TermTable NotFound,
    TermTable Found,
    IReadOnlyList<GapRow> Themes,
    IReadOnlyList<GapRow> Groups,
    IReadOnlyList<PrintRow> Prints,
    IReadOnlyList<UsageRow> Usage,
    bool Empty)
{
    /// <summary>Said under the filters when the questionnaire's age or area filter is set: demand has neither.</summary>
    public string? Note { get; init; }

    public ChartView NotFoundChart => TermChart("demand-none", "Søgt, men ikke fundet", NotFound);

    public ChartView FoundChart => TermChart("demand-hit", "Søgt og fundet", Found);

    public ChartView ThemesChart => GapChart("demand-themes", "Temaer: åbnet, og hvor mange tilbud der er", Themes);

    public ChartView GroupsChart => GapChart("demand-groups", "Målgrupper: åbnet, og hvor mange tilbud der er", Groups);

    public ChartView PrintsChart => new(
        "demand-leaflets", "Foldere printet pr. tilbud", Domain.CitizenInput.QuestionType.SingleChoice, SmallGroups.Cell(0),
        [.. Prints.Select(p => new BarView(p.OfferId, p.Name, p.Leaflets))]);

    private static ChartView TermChart(string id, string title, TermTable table) => new(
        id, title, Domain.CitizenInput.QuestionType.SingleChoice, SmallGroups.Cell(0),
        [.. table.Terms.Select(t => new BarView(t.Term, t.Term, t.Count)), new BarView("other", "Andre søgninger (sjældne eller fjernet)", table.Other)]);

    private static ChartView GapChart(string id, string title, IReadOnlyList<GapRow> rows) => new(
        id, title, Domain.CitizenInput.QuestionType.SingleChoice, SmallGroups.Cell(0),
        [.. rows.Select(r => new BarView(r.Code, $"{r.Label} ({OfferWords(r.Offers)})", r.Opened))]);

    public static string OfferWords(int offers) => offers == 1 ? "1 tilbud" : $"{offers} tilbud";
}

/// <summary>The terms shown (at most <see cref="DemandReportBuilder.TopTerms"/>) and the rest summed.</summary>
public sealed record TermTable(IReadOnlyList<TermRow> Terms, CountCell Other);

/// <param name="Previous">The term's count in the previous quarter, if it was shown there; "–" otherwise.</param>
/// <param name="Trend">"flere", "færre", "som før" or "ny" (not shown in the previous quarter).</param>
public sealed record TermRow(string Term, CountCell Count, string Previous, string Trend);

/// <summary>A theme or target group: how often offers of it were opened, and how many offers there are for it now.</summary>
public sealed record GapRow(string Code, string Label, CountCell Opened, int Offers);

public sealed record PrintRow(string OfferId, string Name, CountCell Leaflets, CountCell WeekProgrammes);

/// <summary>Tiles, filters, languages, read-aloud and visits that ended without an offer.</summary>
public sealed record UsageRow(string Kind, string Key, string Label, CountCell Count);
