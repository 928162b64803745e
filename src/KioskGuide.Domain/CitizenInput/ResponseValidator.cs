namespace KioskGuide.Domain.CitizenInput;

/// <summary>Checks an answer against its questionnaire: the kiosk before saving, the server before storing.</summary>
public static class ResponseValidator
{
    /// <summary>Every problem found, in plain English; empty when the response is valid.</summary>
    public static IReadOnlyList<string> Problems(QuestionnaireResponse response, Questionnaire questionnaire, IReadOnlyList<string> areas)
    {
        var problems = new List<string>();
        if (response.QuestionnaireId != questionnaire.Id || response.QuestionnaireVersion != questionnaire.Version)
        {
            problems.Add($"answers questionnaire {response.QuestionnaireId} v{response.QuestionnaireVersion}, expected {questionnaire.Id} v{questionnaire.Version}");
        }

        if (response.Language is not ("da" or "en"))
        {
            problems.Add($"language '{response.Language}' is not da or en");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in response.Answers)
        {
            var question = questionnaire.Questions.FirstOrDefault(q => q.Id == answer.QuestionId);
            if (question is null)
            {
                problems.Add($"unknown question '{answer.QuestionId}'");
                continue;
            }

            if (!seen.Add(answer.QuestionId))
            {
                problems.Add($"question '{answer.QuestionId}' answered twice");
            }

            problems.AddRange(AnswerProblems(question, answer, areas));
        }

        return problems;
    }

    private static IEnumerable<string> AnswerProblems(Question question, Answer answer, IReadOnlyList<string> areas)
    {
        var id = question.Id;
        switch (question.Type)
        {
            case QuestionType.Scale:
                if (answer.Scale is not (>= 1 and <= 5) || answer.OptionIds.Count > 0 || answer.Text is not null)
                {
                    yield return $"'{id}' needs a scale value 1–5 and nothing else";
                }

                break;
            case QuestionType.FreeText:
                if (string.IsNullOrWhiteSpace(answer.Text) || answer.OptionIds.Count > 0 || answer.Scale is not null)
                {
                    yield return $"'{id}' needs text and nothing else";
                }
                else if (answer.Text.Length > question.MaxLength)
                {
                    yield return $"'{id}' text is longer than {question.MaxLength} characters";
                }

                break;
            default:
                var allowed = StandardOptions.For(question, areas).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                if (answer.OptionIds.Count == 0 || answer.Scale is not null || answer.Text is not null)
                {
                    yield return $"'{id}' needs chosen options and nothing else";
                }
                else if (question.Type != QuestionType.MultipleChoice && answer.OptionIds.Count > 1)
                {
                    yield return $"'{id}' takes one choice";
                }

                foreach (var option in answer.OptionIds.Where(o => !allowed.Contains(o)))
                {
                    yield return $"'{id}' has no option '{option}'";
                }

                if (answer.OptionIds.Distinct(StringComparer.Ordinal).Count() != answer.OptionIds.Count)
                {
                    yield return $"'{id}' repeats an option";
                }

                break;
        }
    }
}
