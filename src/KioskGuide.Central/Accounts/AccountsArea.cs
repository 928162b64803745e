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
/// as Razor components rendered on the server. Every area's pages authorise with these policies.
/// </summary>
public static class AccountsArea
{
    public static IHostApplicationBuilder AddAccountsArea(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CentralUsersOptions>()
            .Bind(builder.Configuration.GetSection(CentralUsersOptions.Section))
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
        return builder;
    }

    /// <summary>Maps /input/login, /input/logout and /input/denied.</summary>
    public static IEndpointRouteBuilder MapAccountsArea(this IEndpointRouteBuilder app)
    {
        AccountEndpoints.Map(app);
        return app;
    }
}
