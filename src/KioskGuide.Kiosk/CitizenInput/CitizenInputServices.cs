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
        services.AddCitizenInputHttpClient();
        services.AddHostedService<ResponseUploader>();
        return services;
    }

    /// <summary>
    /// The client answers and questionnaires travel on. No redirects: a 3xx must never carry the kiosk token to a
    /// host it was not meant for (and <see cref="KioskTokenTransport"/> checks every request's own address). No cookies.
    /// </summary>
    public static IServiceCollection AddCitizenInputHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ResponseUploader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}
