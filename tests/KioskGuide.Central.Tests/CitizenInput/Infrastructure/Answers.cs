using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>Valid answers to the default questionnaire, and a known set with known counts.</summary>
public static class Answers
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen).DateTime);

    public static QuestionnaireResponse Valid(string kioskId = InputServer.KioskId, params Answer[] answers) => new()
    {
        Id = Guid.NewGuid(),
        QuestionnaireId = "flere-i-faellesskaber",
        QuestionnaireVersion = 1,
        KioskId = kioskId,
        Date = Today,
        Language = "da",
        Answers = answers.Length > 0 ? answers : [new Answer("barriers", ["alone"]), new Answer("social-life", [], Scale: 4)],
    };

    public static readonly string[] Ideas =
    [
        "Strikkecafé på biblioteket om torsdagen",
        "Gåtur rundt om søen hver tirsdag kl. 10",
        "Fællesspisning i hallen for 40 kr.",
        "Lektiecafé for unge med frivillige",
        "Sprogcafé hvor man kan øve dansk",
        "Værksted for mænd der vil reparere ting",
    ];

    /// <summary>
    /// Twelve answers from the test kiosk, today. Counts:
    /// barriers: alone 7, transport 5, price 2 (shown "&lt;5"), the rest 0 ("&lt;5");
    /// social-life: 4 → 6, 5 → 3, 2 → 3; area: Åbæk 8, Egelund 4; age: 65–79 7, 30–49 5;
    /// idea: six texts, all from the 65–79 answers.
    /// </summary>
    public static IReadOnlyList<QuestionnaireResponse> KnownSet()
    {
        var set = new List<QuestionnaireResponse>();
        for (var i = 0; i < 12; i++)
        {
            List<string> barriers = i < 7 ? ["alone"] : ["transport"];
            if (i < 2)
            {
                barriers.Add("price");
            }

            var answers = new List<Answer>
            {
                new("barriers", barriers),
                new("social-life", [], Scale: i < 6 ? 4 : i < 9 ? 5 : 2),
            };
            if (i < Ideas.Length)
            {
                answers.Add(new Answer("idea", [], Text: Ideas[i]));
            }

            answers.Add(new Answer("area", [StandardOptions.AreaId(i < 8 ? "Åbæk" : "Egelund")]));
            answers.Add(new Answer("age", [i < 7 ? "65-79" : "30-49"]));
            set.Add(Valid(InputServer.KioskId, [.. answers]));
        }

        return set;
    }
}
