using System.Globalization;
using System.Text;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Domain.CitizenInput;
using static KioskGuide.Central.CitizenInput.Planners.Html;

namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>The planners' page: filters, the number of answers, a bar chart per question, the free texts with "Skjul".</summary>
internal static class PlannerPage
{
    public static string Render(ReportView view, PlannerPageContext context)
    {
        var query = view.Filter.ToQueryString();
        var page = new StringBuilder();
        page.Append(Head($"Borgerinput – {view.Title}"));
        page.Append(CultureInfo.InvariantCulture, $"""
            <body>
            <header class="top">
            <h1>Borgerinput: {E(view.Title)}</h1>
            <div class="who"><span>Logget ind som {E(context.UserName)}</span>
            <form method="post" action="{KioskGuide.Central.Accounts.AccountRoutes.Logout}">{context.Antiforgery.Html}<button type="submit">Log ud</button></form></div>
            </header>
            <main>
            """);
        page.Append(Filters(view.Filter, context));
        page.Append(CultureInfo.InvariantCulture, $"""
            <section class="summary" aria-label="Udvalg">
            <p class="filter-text">{E(string.Join(" · ", view.FilterLines.Select(f => $"{f.Name}: {f.Value}")))}</p>
            <p class="total">Svar i alt: <strong id="total">{E(view.Responses.Text)}</strong></p>
            <p class="note">Tal under 5 vises som &lt;5, så ingen enkeltperson kan genkendes. Fritekst vises kun, når mindst 5 svar passer til filteret.</p>
            <p class="exports"><a href="{PlannerRoutes.Csv}{E(query)}" download>Hent CSV (Excel)</a><a href="{PlannerRoutes.Pdf}{E(query)}" download>Hent PDF-rapport</a></p>
            </section>
            """);
        foreach (var chart in view.Charts)
        {
            page.Append(Chart(chart));
        }

        page.Append(FreeTexts(view, context, query));
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Chart(ChartView chart)
    {
        var body = chart.Type == QuestionType.FreeText
            ? """<p>Svarene står under <a href="#fritekst">Idéer og forslag</a>.</p>"""
            : SvgBarChart.Render(chart);
        return $"""
            <section class="chart-block" id="q-{E(chart.QuestionId)}" data-question="{E(chart.QuestionId)}">
            <h2>{E(chart.Title)}</h2>
            <p class="answered">Besvaret af <span class="answered-count">{E(chart.Answered.Text)}</span>{chart.AnsweredNote}</p>
            {body}
            </section>

            """;
    }

    private static string Filters(ReportFilter filter, PlannerPageContext context)
    {
        static string Select(string name, string label, string allLabel, string? selected, IEnumerable<(string Value, string Text)> options) =>
            $"""<label>{label} <select name="{name}"><option value="">{allLabel}</option>{string.Concat(options.Select(o =>
                $"""<option value="{E(o.Value)}"{(o.Value == selected ? " selected" : "")}>{E(o.Text)}</option>"""))}</select></label>""";

        return $"""
            <form class="filters" method="get" action="{PlannerRoutes.Page}" aria-label="Filtre">
            {Select("site", "Sted", "Alle steder", filter.Site, context.Sites.Select(s => (s, s)))}
            <label>Fra dato <input type="date" name="from" value="{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
            <label>Til dato <input type="date" name="to" value="{filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
            {Select("age", "Alder", "Alle aldre", filter.AgeBand, StandardOptions.AgeBands.Select(a => (a.Id, a.Label.Da)))}
            {Select("area", "Område", "Alle områder", filter.Area, context.Areas.Select(a => (StandardOptions.AreaId(a), a)))}
            <span class="actions"><button type="submit">Vis</button><a href="{PlannerRoutes.Page}">Nulstil</a></span>
            </form>
            """;
    }

    private static string FreeTexts(ReportView view, PlannerPageContext context, string query)
    {
        var section = new StringBuilder("""<section id="fritekst" class="chart-block"><h2>Idéer og forslag (fritekst)</h2>""");
        if (view.FreeTextWithheld)
        {
            section.Append("""<p class="withheld">Fritekst vises ikke, fordi færre end 5 svar passer til filteret.</p>""");
        }
        else if (view.FreeTexts.Count == 0)
        {
            section.Append("<p>Ingen fritekstsvar.</p>");
        }
        else
        {
            section.Append("""<ul class="texts">""");
            foreach (var text in view.FreeTexts)
            {
                section.Append(CultureInfo.InvariantCulture, $"""
                    <li data-response="{text.Key.ResponseId:D}"><div><p class="text">{E(text.Text)}</p><p class="question">{E(text.QuestionTitle)}</p></div>
                    <form class="hide-form" method="post" action="{PlannerRoutes.Hide}">{context.Antiforgery.Html}
                    <input type="hidden" name="responseId" value="{text.Key.ResponseId:D}"><input type="hidden" name="questionId" value="{E(text.Key.QuestionId)}">
                    <input type="hidden" name="returnQuery" value="{E(query)}">
                    <button type="submit" aria-label="Skjul svaret: {E(Shorten(text.Text))}">Skjul</button></form></li>
                    """);
            }

            section.Append("</ul>");
        }

        return section.Append("</section>\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>What the page needs besides the report: who is logged in, the form token and the filter choices.</summary>
internal sealed record PlannerPageContext(string UserName, AntiforgeryField Antiforgery, IReadOnlyList<string> Sites, IReadOnlyList<string> Areas);

/// <summary>The hidden field that carries the antiforgery token in every form that posts.</summary>
internal sealed record AntiforgeryField(string Name, string Token)
{
    public string Html => $"""<input type="hidden" name="{E(Name)}" value="{E(Token)}">""";
}
