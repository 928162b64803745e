using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Accounts;

/// <summary>
/// One login and role model for every page of the central server: users from "Central:Users" (and the older
/// "CitizenInput:Planners"), the login cookie, a policy per role (<see cref="CentralRoles"/>), and the login pages
/// as Razor components rendered on the server. Both calls may be made more than once; only the first counts.
/// </summary>
public static class AccountsExtensions
{
    private const string MappedKey = "KioskGuide.Central.Accounts.Mapped";

    public static IServiceCollection AddCentralAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(UserDirectory)))
        {
            return services;
        }

        services.AddOptions<CentralUsersOptions>()
            .Bind(configuration.GetSection(CentralUsersOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CentralUsersOptions>, CentralUsersOptionsValidator>());
        services.AddSingleton<UserDirectory>();
        services.AddHostedService<AccountsStartupCheck>();
        services.AddAuthentication().AddCookie(CentralLogin.Scheme, CentralLogin.ConfigureCookie);
        services.AddAuthorization(CentralRoles.AddPolicies);
        services.AddAntiforgery();
        services.AddRazorComponents();
        // Pages are encoded by default; Danish letters (and – …) stay letters, so the source reads as the page does.
        services.Replace(ServiceDescriptor.Singleton(HtmlEncoder.Create(UnicodeRanges.All)));
        return services;
    }

    /// <summary>Maps /input/login, /input/logout and /input/denied.</summary>
    public static IEndpointRouteBuilder MapCentralAccounts(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app is IApplicationBuilder pipeline)
        {
            if (pipeline.Properties.ContainsKey(MappedKey))
            {
                return app;
            }

            pipeline.Properties[MappedKey] = true;
        }

        AccountEndpoints.Map(app);
        return app;
    }
}
