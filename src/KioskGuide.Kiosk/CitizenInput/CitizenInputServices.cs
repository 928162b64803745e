using KioskGuide.Storage;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>Registers the anonymous questionnaire and its refresher, the outbox and its uploader.</summary>
public static class CitizenInputServices
{
    public static IServiceCollection AddCitizenInput(this IServiceCollection services)
    {
        services.AddOptions<InputOptions>().BindConfiguration(InputOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QuestionnaireSource>();
        services.AddSingleton<SqliteQuestionnaireStore>();
        services.AddSingleton<QuestionnaireFetcher>();
        services.AddHostedService<QuestionnaireRefresher>();
        services.AddSingleton<SubmissionRateLimiter>();
        services.AddSingleton(sp => new SqliteResponseOutbox(sp.GetRequiredService<Operations.KioskDatabases>().Outbox));
        services.AddSingleton<ResponseRecorder>();
        services.AddHttpClient(ResponseUploader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<ResponseUploader>();
        return services;
    }
}
