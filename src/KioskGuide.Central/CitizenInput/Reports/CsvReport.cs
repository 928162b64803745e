using System.Text;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// The report as CSV for Excel: UTF-8 with a byte-order mark (so æ, ø and å show), ";" between fields
/// (Danish Excel's list separator), CRLF line ends. One row per fact, the same facts as the page:
/// <code>
/// kind;question_id;question;option_id;option;count;text
/// filter;site;Sted;;Alle steder;;           (one row per filter)
/// total;;Svar i alt;;;23;
/// answered;barriers;Hvad holder dig …;;;21;  (per question)
/// option;barriers;Hvad holder dig …;alone;Det er svært …;7;
/// text;idea;Har du en idé …;;;;Et strikkecafé på biblioteket
/// </code>
/// Counts below 5 are "&lt;5". Text rows are left out when fewer than 5 answers match, hidden texts always.
/// A field starting with = + - @ gets a leading apostrophe, so Excel never runs a citizen's text as a formula.
/// </summary>
public static class CsvReport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] FilterKeys = ["site", "period", "age", "area"];

    /// <param name="demand">The demand sections for the same site and quarter (<see cref="Demand.Reports.DemandCsv"/>); null: none.</param>
    public static byte[] Render(ReportView view, Demand.Reports.DemandView? demand = null)
    {
        var csv = new StringBuilder();
        Row(csv, "kind", "question_id", "question", "option_id", "option", "count", "text");
        for (var i = 0; i < view.FilterLines.Count; i++)
        {
            Row(csv, "filter", FilterKeys[i], view.FilterLines[i].Name, "", view.FilterLines[i].Value, "", "");
        }

        Row(csv, "total", "", "Svar i alt", "", "", view.Responses.Text, "");
        if (view.Refusal is { } refusal)
        {
            Row(csv, "withheld", "", "Ikke vist", "", "", "", refusal);
        }

        foreach (var chart in view.Charts)
        {
            Row(csv, "answered", chart.QuestionId, chart.Title, "", "", chart.Answered.Text, "");
            foreach (var bar in chart.Bars)
            {
                Row(csv, "option", chart.QuestionId, chart.Title, bar.OptionId, bar.Label, bar.Count.Text, "");
            }
        }

        foreach (var text in view.FreeTexts)
        {
            Row(csv, "text", text.Key.QuestionId, text.QuestionTitle, "", "", "", text.Text);
        }

        if (demand is not null)
        {
            foreach (var row in Demand.Reports.DemandCsv.Rows(demand))
            {
                Row(csv, row);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(';', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
