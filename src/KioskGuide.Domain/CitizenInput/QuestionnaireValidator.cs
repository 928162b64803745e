namespace KioskGuide.Domain.CitizenInput;

/// <summary>
/// Checks a questionnaire before anyone is asked it: on the server when it loads its files, on the kiosk
/// when one arrives from the server. A questionnaire that fails is never shown to a citizen.
/// </summary>
public static class QuestionnaireValidator
{
    /// <summary>Longest free text a questionnaire may allow; the server's body limit must fit every answer.</summary>
    public const int MaxFreeTextLength = 1000;

    /// <summary>Every problem found, in plain English; empty when the questionnaire can be asked.</summary>
    public static IReadOnlyList<string> Problems(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(questionnaire.Id))
        {
            problems.Add("id is empty");
        }

        if (questionnaire.Version < 1)
        {
            problems.Add($"version {questionnaire.Version} is not 1 or more");
        }

        CheckText(problems, "title", questionnaire.Title);
        CheckText(problems, "intro", questionnaire.Intro);
        CheckText(problems, "thankYou", questionnaire.ThankYou);
        // Deserialised JSON can hold null where the model says it cannot.
        if (questionnaire.Questions is not { Count: > 0 } questions)
        {
            problems.Add("there are no questions");
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (string.IsNullOrWhiteSpace(question.Id))
            {
                problems.Add("a question has no id");
                continue;
            }

            if (!ids.Add(question.Id))
            {
                problems.Add($"question id '{question.Id}' is used twice");
            }

            AddQuestionProblems(problems, question);
        }

        return problems;
    }

    private static void AddQuestionProblems(List<string> problems, Question question)
    {
        CheckText(problems, $"question '{question.Id}' text", question.Text);
        if (!Enum.IsDefined(question.Type))
        {
            problems.Add($"question '{question.Id}' has an unknown type");
        }

        var options = question.Options ?? [];
        if (question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice && options.Count < 2)
        {
            problems.Add($"question '{question.Id}' is a choice question with fewer than two options");
        }

        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (string.IsNullOrWhiteSpace(option.Id) || !optionIds.Add(option.Id))
            {
                problems.Add($"question '{question.Id}' has an empty or repeated option id '{option.Id}'");
            }

            CheckText(problems, $"question '{question.Id}' option '{option.Id}' label", option.Label);
        }

        if (question.Type == QuestionType.FreeText && question.MaxLength is < 1 or > MaxFreeTextLength)
        {
            problems.Add($"question '{question.Id}' maxLength {question.MaxLength} is not 1–{MaxFreeTextLength}");
        }
    }

    private static void CheckText(List<string> problems, string what, TextPair? text)
    {
        if (string.IsNullOrWhiteSpace(text?.Da) || string.IsNullOrWhiteSpace(text.En))
        {
            problems.Add($"{what} needs both Danish and English");
        }
    }
}
