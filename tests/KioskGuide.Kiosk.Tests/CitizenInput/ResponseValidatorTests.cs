using KioskGuide.Domain.CitizenInput;
using KioskGuide.Kiosk.CitizenInput;

namespace KioskGuide.Kiosk.Tests.CitizenInput;

public sealed class ResponseValidatorTests
{
    private static readonly Questionnaire Default = QuestionnaireSource.BuiltIn();
    private static readonly string[] Areas = ["Åbæk", "Kildevang", "Solbjerg Strand"];

    private static QuestionnaireResponse With(params Answer[] answers) => new()
    {
        Id = Guid.NewGuid(),
        QuestionnaireId = Default.Id,
        QuestionnaireVersion = Default.Version,
        KioskId = "k",
        Date = new DateOnly(2026, 11, 23),
        Language = "da",
        Answers = answers,
    };

    [Fact]
    public void The_built_in_questionnaire_asks_what_the_plan_needs_and_every_type_is_there()
    {
        Assert.Equal("flere-i-faellesskaber", Default.Id);
        Assert.Equal(
            [QuestionType.MultipleChoice, QuestionType.Scale, QuestionType.FreeText, QuestionType.Area, QuestionType.AgeBand, QuestionType.LifeSituation],
            Default.Questions.Select(q => q.Type).Distinct().Order());
        Assert.All(Default.Questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Text.Da) || string.IsNullOrWhiteSpace(q.Text.En)));
    }

    [Fact]
    public void An_empty_response_is_valid_because_every_question_may_be_skipped() =>
        Assert.Empty(ResponseValidator.Problems(With(), Default, Areas));

    [Fact]
    public void A_full_valid_response_has_no_problems() =>
        Assert.Empty(ResponseValidator.Problems(With(
            new Answer("barriers", ["alone", "price"]),
            new Answer("social-life", [], Scale: 2),
            new Answer("idea", [], Text: "Mere strik"),
            new Answer("area", ["solbjerg-strand"]),
            new Answer("age", ["65-79"]),
            new Answer("life", ["retired"])), Default, Areas));

    [Theory]
    [InlineData("nope", "x", "unknown question")]
    [InlineData("barriers", "flying", "no option 'flying'")]
    [InlineData("area", "copenhagen", "no option 'copenhagen'")]
    [InlineData("age", "18-29,30-49", "takes one choice")]
    public void Wrong_options_are_named(string question, string options, string expected)
    {
        var problems = ResponseValidator.Problems(With(new Answer(question, options.Split(','))), Default, Areas);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Scale_outside_1_to_5_and_too_long_text_are_refused()
    {
        Assert.NotEmpty(ResponseValidator.Problems(With(new Answer("social-life", [], Scale: 6)), Default, Areas));
        Assert.NotEmpty(ResponseValidator.Problems(With(new Answer("idea", [], Text: new string('a', 301))), Default, Areas));
    }

    [Fact]
    public void An_answer_to_another_questionnaire_version_is_refused() =>
        Assert.NotEmpty(ResponseValidator.Problems(With() with { QuestionnaireVersion = 99 }, Default, Areas));
}
