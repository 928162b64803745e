using System.Text.Json;
using KioskGuide.Domain.Offers;

namespace KioskGuide.Domain.CitizenInput;

/// <summary>JSON for questionnaires and responses, in the same conventions as offers (camelCase, enums as strings).</summary>
public static class CitizenInputJson
{
    public static JsonSerializerOptions Options => OfferJson.Options;

    /// <exception cref="JsonException">When the text is not a questionnaire.</exception>
    public static Questionnaire DeserializeQuestionnaire(string json)
    {
        var questionnaire = JsonSerializer.Deserialize<Questionnaire>(json, Options) ?? throw new JsonException("The questionnaire was null.");
        var duplicate = questionnaire.Questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new JsonException($"Question id '{duplicate.Key}' is used twice.");
        }

        var noOptions = questionnaire.Questions.FirstOrDefault(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice && q.Options.Count < 2);
        if (noOptions is not null)
        {
            throw new JsonException($"Question '{noOptions.Id}' is a choice question with fewer than two options.");
        }

        return questionnaire;
    }

    public static string Serialize(QuestionnaireResponse response) => JsonSerializer.Serialize(response, Options);

    /// <exception cref="JsonException">When the text is not a response.</exception>
    public static QuestionnaireResponse DeserializeResponse(string json) =>
        JsonSerializer.Deserialize<QuestionnaireResponse>(json, Options) ?? throw new JsonException("The response was null.");
}
