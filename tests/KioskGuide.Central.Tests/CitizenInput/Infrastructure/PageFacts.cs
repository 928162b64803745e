using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>
/// The facts a page or a CSV shows, in one comparable shape: "total" → text, "answered/q" → text,
/// "option/q/o" → text, and the free texts in order.
/// </summary>
public sealed partial record PageFacts(IReadOnlyDictionary<string, string> Counts, IReadOnlyList<string> Texts)
{
    public string this[string key] => Counts[key];

    public static PageFacts FromHtml(string html)
    {
        var counts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["total"] = D(Total().Match(html).Groups[1].Value),
        };
        foreach (Match section in Section().Matches(html))
        {
            counts[$"answered/{section.Groups["q"].Value}"] = D(section.Groups["n"].Value);
        }

        foreach (Match bar in Bar().Matches(html))
        {
            counts[$"option/{bar.Groups["q"].Value}/{bar.Groups["o"].Value}"] = D(bar.Groups["n"].Value);
        }

        var texts = FreeText().Matches(html).Select(m => D(m.Groups[1].Value)).ToList();
        return new PageFacts(counts, texts);
    }

    public static PageFacts FromCsv(byte[] csv)
    {
        var counts = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var row in CsvRows(Encoding.UTF8.GetString(csv.AsSpan(3))).Skip(1))
        {
            switch (row[0])
            {
                case "total": counts["total"] = row[5]; break;
                case "answered": counts[$"answered/{row[1]}"] = row[5]; break;
                case "option": counts[$"option/{row[1]}/{row[3]}"] = row[5]; break;
                case "text": texts.Add(row[6]); break;
            }
        }

        return new PageFacts(counts, texts);
    }

    /// <summary>RFC 4180 rows with ";" between fields.</summary>
    public static IEnumerable<List<string>> CsvRows(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ';') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); yield return row; row = []; }
            else { field.Append(c); }
        }
    }

    private static string D(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("""<strong id="total">([^<]*)</strong>""")]
    private static partial Regex Total();

    [GeneratedRegex("""data-question="(?<q>[^"]+)">\s*<h2>[^<]*</h2>\s*<p class="answered">Besvaret af <span class="answered-count">(?<n>[^<]*)</span>""")]
    private static partial Regex Section();

    [GeneratedRegex("""<g class="bar" data-question="(?<q>[^"]+)" data-option="(?<o>[^"]+)">.*?<text class="count"[^>]*>(?<n>[^<]*)</text>""")]
    private static partial Regex Bar();

    [GeneratedRegex("""<p class="text">([^<]*)</p>""")]
    private static partial Regex FreeText();
}
