using System.Text.Json;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Domain.CitizenInput;

/// <summary>JSON for questionnaires and responses, in the same conventions as offers (camelCase, enums as strings).</summary>
public static class CitizenInputJson
{
    public static JsonSerializerOptions Options => OfferJson.Options;

    /// <exception cref="JsonException">When the text is not a questionnaire, or one <see cref="QuestionnaireValidator"/> refuses.</exception>
    public static Questionnaire DeserializeQuestionnaire(string json)
    {
        var questionnaire = JsonSerializer.Deserialize<Questionnaire>(json, Options) ?? throw new JsonException("The questionnaire was null.");
        var problems = QuestionnaireValidator.Problems(questionnaire);
        return problems.Count == 0 ? questionnaire : throw new JsonException($"Not a questionnaire to ask: {string.Join("; ", problems)}.");
    }

    public static string Serialize(Questionnaire questionnaire) => JsonSerializer.Serialize(questionnaire, Options);

    public static string Serialize(QuestionnaireResponse response) => JsonSerializer.Serialize(response, Options);

    /// <exception cref="JsonException">When the text is not a response.</exception>
    public static QuestionnaireResponse DeserializeResponse(string json) =>
        JsonSerializer.Deserialize<QuestionnaireResponse>(json, Options) ?? throw new JsonException("The response was null.");
}
