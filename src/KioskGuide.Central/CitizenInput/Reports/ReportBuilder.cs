using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// Reads the current questionnaire's answers and the hidden texts, decides whether the filter's group may be shown
/// (<see cref="Disclosure"/>: it needs every answer, not only the matching ones), and summarises the group.
/// </summary>
public sealed class ReportBuilder(
    IResponseStore responses,
    IModerationStore moderation,
    QuestionnaireCatalogue questionnaires,
    IOptions<CitizenInputServerOptions> options)
{
    public async Task<ReportView> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var questionnaire = questionnaires.Current;
        var all = await responses.QueryAsync(new ResponseQuery(questionnaire.Id), cancellationToken);
        var matching = all.Where(r => Disclosure.Matches(filter, questionnaire, r)).ToList();
        var refusal = Disclosure.Refusal(filter, matching.Count, questionnaire, all);
        var hidden = (await moderation.HiddenAsync(cancellationToken)).Select(h => h.Text).ToHashSet();
        // A refused group is shown as an empty one: every count "<5", no free text, and the reason.
        return ReportSummary.Summarise(questionnaire, options.Value.Areas, filter, refusal is null ? matching : [], hidden) with { Refusal = refusal };
    }
}
