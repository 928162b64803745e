using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>A citizen's half-written answer. Lives only in memory, in their session; a reset drops it.</summary>
public sealed class ResponseDraft(Questionnaire questionnaire)
{
    private readonly Dictionary<string, Answer> _answers = new(StringComparer.Ordinal);

    public Questionnaire Questionnaire { get; } = questionnaire;

    public Answer? AnswerTo(string questionId) => _answers.GetValueOrDefault(questionId);

    /// <summary>Sets or, when <paramref name="answer"/> is empty, removes the answer (skipped).</summary>
    public void Set(Answer answer)
    {
        if (answer.IsEmpty)
        {
            _answers.Remove(answer.QuestionId);
        }
        else
        {
            _answers[answer.QuestionId] = answer;
        }
    }

    /// <summary>Answers in question order.</summary>
    public IReadOnlyList<Answer> Answers =>
        [.. Questionnaire.Questions.Select(q => _answers.GetValueOrDefault(q.Id)).OfType<Answer>()];
}
