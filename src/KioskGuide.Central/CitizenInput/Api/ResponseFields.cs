using System.Text.Json;
using System.Text.RegularExpressions;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>Names the field of the request body a problem is about, for the "errors" of a 400.</summary>
internal static partial class ResponseFields
{
    /// <summary>"$.answers[0].scale" → "answers[0].scale"; the whole body when the path is unknown.</summary>
    public static string FromJsonPath(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    /// <summary>Structural holes JSON binding lets through (nulls where lists or ids must be).</summary>
    public static Dictionary<string, string[]> ShapeProblems(QuestionnaireResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        if (response.Id == Guid.Empty)
        {
            errors["id"] = ["must be the answer's UUID"];
        }

        Require(response.QuestionnaireId, "questionnaireId");
        Require(response.KioskId, "kioskId");
        Require(response.Language, "language");
        if (response.Answers is null)
        {
            errors["answers"] = ["must be a list (empty when every question was skipped)"];
            return errors;
        }

        for (var i = 0; i < response.Answers.Count; i++)
        {
            var answer = response.Answers[i];
            if (answer is null)
            {
                errors[$"answers[{i}]"] = ["must not be null"];
                continue;
            }

            if (string.IsNullOrEmpty(answer.QuestionId))
            {
                errors[$"answers[{i}].questionId"] = ["is missing"];
            }

            if (answer.OptionIds is null || answer.OptionIds.Any(o => o is null))
            {
                errors[$"answers[{i}].optionIds"] = ["must be a list of option ids (empty for scale and text)"];
            }
        }

        return errors;

        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
            {
                errors[field] = ["is missing or longer than 100 characters"];
            }
        }
    }

    /// <summary>Groups the validator's sentences by the answer they are about ("answers[2]"), or "language".</summary>
    public static Dictionary<string, string[]> FromValidator(QuestionnaireResponse response, IReadOnlyList<string> problems)
    {
        var grouped = new Dictionary<string, List<string>>();
        foreach (var problem in problems)
        {
            var field = "answers";
            if (problem.StartsWith("language", StringComparison.Ordinal))
            {
                field = "language";
            }
            else if (Quoted().Match(problem) is { Success: true } match)
            {
                var index = response.Answers.ToList().FindIndex(a => a.QuestionId == match.Groups["id"].Value);
                field = index >= 0 ? $"answers[{index}]" : "answers";
            }

            if (!grouped.TryGetValue(field, out var list))
            {
                grouped[field] = list = [];
            }

            list.Add(problem);
        }

        return grouped.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }

    [GeneratedRegex("'(?<id>[^']*)'")]
    private static partial Regex Quoted();
}
