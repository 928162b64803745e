using System.Globalization;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>Counts answers per question and option and applies small-group suppression. No I/O.</summary>
public static class ReportSummary
{
    private static readonly string[] ScaleLabels = ["Meget utilfreds", "Utilfreds", "Hverken eller", "Tilfreds", "Meget tilfreds"];

    public static ReportView Summarise(
        Questionnaire questionnaire,
        IReadOnlyList<string> areas,
        ReportFilter filter,
        IReadOnlyList<QuestionnaireResponse> responses,
        IReadOnlySet<TextKey> hidden)
    {
        var charts = questionnaire.Questions.Select(q => Chart(q, areas, responses)).ToList();
        var withheld = responses.Count < SmallGroups.Threshold;
        var texts = withheld ? [] : FreeTexts(questionnaire, responses, hidden);
        return new ReportView(
            questionnaire.Title.Da,
            questionnaire,
            filter,
            FilterText.Describe(filter, areas),
            SmallGroups.Cell(responses.Count),
            charts,
            texts,
            withheld);
    }

    private static ChartView Chart(Question question, IReadOnlyList<string> areas, IReadOnlyList<QuestionnaireResponse> responses)
    {
        var answers = responses.Select(r => r.Answers.FirstOrDefault(a => a.QuestionId == question.Id)).OfType<Answer>().ToList();
        var answered = SmallGroups.Cell(answers.Count);
        if (question.Type == QuestionType.FreeText)
        {
            return new ChartView(question.Id, question.Text.Da, question.Type, answered, []);
        }

        IReadOnlyList<(string Id, string Label)> options = question.Type == QuestionType.Scale
            ? [.. Enumerable.Range(1, 5).Select(v => (v.ToString(CultureInfo.InvariantCulture), $"{v} – {ScaleLabels[v - 1]}"))]
            : [.. StandardOptions.For(question, areas).Select(o => (o.Id, o.Label.Da))];
        var chosen = answers
            .SelectMany(a => a.Scale is { } scale ? [scale.ToString(CultureInfo.InvariantCulture)] : a.OptionIds.Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Options only older questionnaire versions had are still counted, named by their id.
        var known = options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var bars = options
            .Concat(chosen.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).Select(k => (Id: k, Label: k)))
            .Select(o => new BarView(o.Id, o.Label, SmallGroups.Cell(chosen.GetValueOrDefault(o.Id))))
            .ToList();
        return new ChartView(question.Id, question.Text.Da, question.Type, answered, bars);
    }

    private static List<FreeTextView> FreeTexts(Questionnaire questionnaire, IReadOnlyList<QuestionnaireResponse> responses, IReadOnlySet<TextKey> hidden)
    {
        var texts = new List<FreeTextView>();
        foreach (var question in questionnaire.Questions.Where(q => q.Type == QuestionType.FreeText))
        {
            foreach (var response in responses)
            {
                var text = response.Answers.FirstOrDefault(a => a.QuestionId == question.Id)?.Text;
                var key = new TextKey(response.Id, question.Id);
                if (!string.IsNullOrWhiteSpace(text) && !hidden.Contains(key))
                {
                    texts.Add(new FreeTextView(key, question.Text.Da, text));
                }
            }
        }

        return texts;
    }
}
