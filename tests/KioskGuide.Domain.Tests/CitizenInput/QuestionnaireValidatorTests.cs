using System.Text.Json;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Domain.Tests.CitizenInput;

public sealed class QuestionnaireValidatorTests
{
    private static readonly TextPair Text = new("Tekst", "Text");

    private static Questionnaire Valid() => new()
    {
        Id = "test",
        Version = 2,
        Title = Text,
        Intro = Text,
        ThankYou = Text,
        Questions =
        [
            new Question { Id = "pick", Type = QuestionType.SingleChoice, Text = Text, Options = [new("a", Text), new("b", Text)] },
            new Question { Id = "idea", Type = QuestionType.FreeText, Text = Text, MaxLength = 300 },
            new Question { Id = "area", Type = QuestionType.Area, Text = Text },
        ],
    };

    [Fact]
    public void A_complete_questionnaire_has_no_problems_and_survives_the_json_round_trip()
    {
        Assert.Empty(QuestionnaireValidator.Problems(Valid()));
        var again = CitizenInputJson.DeserializeQuestionnaire(CitizenInputJson.Serialize(Valid()));
        Assert.Equal(CitizenInputJson.Serialize(Valid()), CitizenInputJson.Serialize(again));
    }

    public static TheoryData<string, Func<Questionnaire, Questionnaire>> Broken => new()
    {
        { "id is empty", q => q with { Id = " " } },
        { "version 0", q => q with { Version = 0 } },
        { "intro needs both Danish and English", q => q with { Intro = new TextPair("Hej", "") } },
        { "no questions", q => q with { Questions = [] } },
        { "'pick' is used twice", q => q with { Questions = [.. q.Questions, q.Questions[0]] } },
        { "fewer than two options", q => q with { Questions = [q.Questions[0] with { Options = [new("a", Text)] }] } },
        { "repeated option id 'a'", q => q with { Questions = [q.Questions[0] with { Options = [new("a", Text), new("a", Text)] }] } },
        { "maxLength 0", q => q with { Questions = [q.Questions[1] with { MaxLength = 0 }] } },
        { "question 'idea' text needs both", q => q with { Questions = [q.Questions[1] with { Text = new TextPair("", "Idea") }] } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_questionnaire_is_refused_with_a_problem_that_names_what_is_wrong(string expected, Func<Questionnaire, Questionnaire> breakIt)
    {
        var broken = breakIt(Valid());

        Assert.Contains(QuestionnaireValidator.Problems(broken), p => p.Contains(expected, StringComparison.Ordinal));
        var refused = Assert.Throws<JsonException>(() => CitizenInputJson.DeserializeQuestionnaire(CitizenInputJson.Serialize(broken)));
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_without_the_required_texts_is_refused()
    {
        Assert.Throws<JsonException>(() => CitizenInputJson.DeserializeQuestionnaire("""{ "id": "x", "version": 1, "questions": [] }"""));
        Assert.Throws<JsonException>(() => CitizenInputJson.DeserializeQuestionnaire("""{ "id": "x", "version": 1, "title": null, "intro": null, "thankYou": null, "questions": null }"""));
    }
}
