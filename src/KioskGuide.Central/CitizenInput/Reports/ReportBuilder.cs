using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>Reads the answers a filter selects and the hidden texts, and summarises them for the current questionnaire.</summary>
public sealed class ReportBuilder(
    IResponseStore responses,
    IModerationStore moderation,
    QuestionnaireCatalogue questionnaires,
    IOptions<CitizenInputServerOptions> options)
{
    public async Task<ReportView> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var questionnaire = questionnaires.Current;
        var matching = await responses.QueryAsync(
            new ResponseQuery(questionnaire.Id, filter.Site, filter.From, filter.To, filter.AgeBand, filter.Area),
            cancellationToken);
        var hidden = (await moderation.HiddenAsync(cancellationToken)).Select(h => h.Text).ToHashSet();
        return ReportSummary.Summarise(questionnaire, options.Value.Areas, filter, matching, hidden);
    }
}
