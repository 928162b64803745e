namespace KioskGuide.Central.Demand.Reports;

/// <summary>
/// The demand sections as rows of the planners' CSV, in its seven columns
/// (kind;question_id;question;option_id;option;count;text), so one file holds the whole report:
/// <code>
/// demand-filter;site;Sted;;Alle steder;;
/// demand-term;search-none;Søgt, men ikke fundet;padel;padel;7;forrige kvartal: –, ny
/// demand-other;search-none;Søgt, men ikke fundet;;Andre søgninger;&lt;5;
/// demand-theme;walking;Gåture og gå-grupper;;;12;3 tilbud
/// demand-leaflet;&lt;offer id&gt;;Gåtur;;;&lt;5;ugeprogrammer: &lt;5
/// demand-usage;tile;Emne på forsiden: Mød andre;meet;;23;
/// </code>
/// </summary>
public static class DemandCsv
{
    public static IEnumerable<string[]> Rows(DemandView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string[] keys = ["site", "period"];
        for (int i = 0; i < view.FilterLines.Count; i++)
        {
            yield return ["demand-filter", keys[i], view.FilterLines[i].Name, "", view.FilterLines[i].Value, "", ""];
        }

        foreach (var (kind, title, table) in new[] { ("search-none", "Søgt, men ikke fundet", view.NotFound), ("search-hit", "Søgt og fundet", view.Found) })
        {
            foreach (var term in table.Terms)
            {
                yield return ["demand-term", kind, title, term.Term, term.Term, term.Count.Text, $"forrige kvartal: {term.Previous}, {term.Trend}"];
            }

            yield return ["demand-other", kind, title, "", "Andre søgninger", table.Other.Text, ""];
        }

        foreach (var (kind, rows) in new[] { ("demand-theme", view.Themes), ("demand-group", view.Groups) })
        {
            foreach (var gap in rows)
            {
                yield return [kind, gap.Code, gap.Label, "", "", gap.Opened.Text, DemandView.OfferWords(gap.Offers)];
            }
        }

        foreach (var print in view.Prints)
        {
            yield return ["demand-leaflet", print.OfferId, print.Name, "", "", print.Leaflets.Text, $"ugeprogrammer: {print.WeekProgrammes.Text}"];
        }

        foreach (var use in view.Usage)
        {
            yield return ["demand-usage", use.Kind, use.Label, use.Key, "", use.Count.Text, ""];
        }
    }
}
