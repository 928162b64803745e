using KioskGuide.Central.Accounts;
using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Planners;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Reports;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Print.Fonts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput;

/// <summary>
/// Citizen input: the kiosks' answers API (/api/input/…, kiosk tokens, rate limit) and the planners' pages
/// (/input/planners, CSV and PDF), configured by section "CitizenInput" (<see cref="CitizenInputServerOptions"/>),
/// with its own SQLite file beside the feed's. Logins come from the Accounts area.
/// </summary>
public static class CitizenInputArea
{
    public static IHostApplicationBuilder AddCitizenInputArea(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CitizenInputServerOptions>()
            .Bind(builder.Configuration.GetSection(CitizenInputServerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CitizenInputServerOptions>, CitizenInputServerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new CitizenInputDatabase(Path.GetFullPath(sp.GetRequiredService<IOptions<CitizenInputServerOptions>>().Value.DatabasePath)));
        services.AddSingleton<IResponseStore, SqliteResponseStore>();
        services.AddSingleton<IModerationStore, SqliteModerationStore>();
        services.AddSingleton<IKioskTokenStore, SqliteKioskTokenStore>();
        services.AddHostedService<StoreInitializer>();
        services.AddSingleton(sp => QuestionnaireCatalogue.Load(sp.GetRequiredService<IOptions<CitizenInputServerOptions>>().Value));

        services.AddSingleton<KioskTokenVerifier>();
        services.AddSingleton<ResponseIntake>();
        services.AddSingleton<ReportBuilder>();
        services.TryAddSingleton<FontCatalogue>();
        services.AddSingleton<PdfReport>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, KioskTokenAuthenticationHandler>(KioskTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(CitizenInputPolicies.Add);
        // The older CitizenInput:Planners entries are users of the one login, as planners.
        services.AddSingleton<IPostConfigureOptions<CentralUsersOptions>, LegacyPlannerUsers>();
        services.AddRateLimiter(options => options.AddPolicy<string, KioskRateLimitPolicy>(KioskRateLimitPolicy.Name));

        // Login cookies and form tokens survive a restart: the keys live next to the answers' database.
        var database = builder.Configuration[$"{CitizenInputServerOptions.Section}:DatabasePath"] ?? new CitizenInputServerOptions().DatabasePath;
        var keys = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "keys");
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("KioskGuide.CitizenInput");
        return builder;
    }

    /// <summary>Maps the kiosks' API (/api/input/…) and the planners' pages (/input/planners…).</summary>
    public static IEndpointRouteBuilder MapCitizenInputArea(this IEndpointRouteBuilder app)
    {
        InputApiEndpoints.Map(app);
        PlannerEndpoints.Map(app);
        return app;
    }
}
