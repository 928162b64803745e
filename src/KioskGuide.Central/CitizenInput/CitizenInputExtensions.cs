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
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput;

/// <summary>
/// Hosts citizen input in any ASP.NET Core app:
/// <code>
/// builder.Services.AddCitizenInputServer(builder.Configuration);
/// app.MapCitizenInputServer();
/// </code>
/// Configuration is the "CitizenInput" section (see <see cref="CitizenInputServerOptions"/>).
/// </summary>
public static class CitizenInputServerExtensions
{
    private const string MiddlewareAddedKey = "KioskGuide.CitizenInput.MiddlewareAdded";

    public static IServiceCollection AddCitizenInputServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CitizenInputServerOptions>()
            .Bind(configuration.GetSection(CitizenInputServerOptions.Section))
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
        // The planners log in with the central server's one login; the older CitizenInput:Planners still count.
        services.AddCentralAccounts(configuration);
        services.AddSingleton<IPostConfigureOptions<CentralUsersOptions>, LegacyPlannerUsers>();
        services.AddAntiforgery();
        services.AddRateLimiter(options => options.AddPolicy<string, KioskRateLimitPolicy>(KioskRateLimitPolicy.Name));
        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Maps the kiosks' API (/api/input/…) and the planners' pages (/input/…), and adds the rate limiter and
    /// antiforgery middleware to the pipeline (once). Authentication and authorisation are added by WebApplication itself.
    /// </summary>
    public static WebApplication MapCitizenInputServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // WebApplication runs these after its own routing, authentication and authorisation.
        var pipeline = (IApplicationBuilder)app;
        if (!pipeline.Properties.ContainsKey(MiddlewareAddedKey))
        {
            pipeline.Properties[MiddlewareAddedKey] = true;
            app.UseRateLimiter();
            app.UseAntiforgery();
        }

        app.MapCentralAccounts();
        InputApiEndpoints.Map(app);
        PlannerEndpoints.Map(app);
        return app;
    }
}
