using KioskGuide.Hosting;
using System.Text.Json;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// Keeps the kiosk asking the central server's current questionnaire. At start it asks the one saved last
/// (so a restart while offline changes nothing); then, every Input:QuestionnaireRefreshSeconds, it checks the
/// server, saves a new questionnaire in the kiosk's SQLite and asks it from the next citizen on.
/// A questionnaire that fails validation is logged once and never asked.
/// </summary>
public sealed class QuestionnaireRefresher(
    QuestionnaireFetcher fetcher,
    SqliteQuestionnaireStore store,
    QuestionnaireSource source,
    IOptions<InputOptions> options,
    TimeProvider time,
    ILogger<QuestionnaireRefresher> logger) : BackgroundService
{
    private string? _savedETag;

    // Sent back in If-None-Match, so the server answers 304 and the same bad questionnaire is not logged every round.
    private string? _refusedETag;

    /// <summary>Before the UI serves anyone: the saved questionnaire, if there is a valid one.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (await store.LoadAsync(cancellationToken) is { } saved)
        {
            try
            {
                source.Use(CitizenInputJson.DeserializeQuestionnaire(saved.Json));
                _savedETag = saved.ETag;
            }
            catch (JsonException ex)
            {
                logger.LogError("The saved questionnaire cannot be asked ({Reason}); asking {Id} v{Version} from kiosk-config until the server sends another", ex.Message, source.Current.Id, source.Current.Version);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ServerUrl is null)
        {
            return;
        }

        await RepeatingRound.RunAsync(
            TimeSpan.FromSeconds(options.Value.QuestionnaireRefreshSeconds),
            time,
            RefreshAsync,
            ex => logger.LogError(ex, "Questionnaire check failed; still asking {Id} v{Version}", source.Current.Id, source.Current.Version),
            stoppingToken);
    }

    /// <summary>One check of the server; a delivered questionnaire is committed to SQLite before it is asked.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new[] { _savedETag, _refusedETag }.OfType<string>(), cancellationToken);
        switch (result)
        {
            case FetchedQuestionnaire.Delivered delivered:
                await store.SaveAsync(new SavedQuestionnaire(delivered.Json, delivered.ETag, time.GetUtcNow()), cancellationToken);
                _savedETag = delivered.ETag;
                _refusedETag = null;
                source.Use(delivered.Questionnaire);
                logger.LogInformation("Asking questionnaire {Id} v{Version} from the central server", delivered.Questionnaire.Id, delivered.Questionnaire.Version);
                break;
            case FetchedQuestionnaire.Refused refused:
                _refusedETag = refused.ETag;
                logger.LogError("The central server's questionnaire was refused and is not asked: {Reason} (still asking {Id} v{Version})", refused.Reason, source.Current.Id, source.Current.Version);
                break;
            case FetchedQuestionnaire.Failed failed:
                logger.LogInformation("Questionnaire not checked ({Reason}); still asking {Id} v{Version}", failed.Reason, source.Current.Id, source.Current.Version);
                break;
        }
    }
}
