using System.Net;
using System.Security.Claims;
using KioskGuide.Central.Accounts;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Tests.Accounts;

/// <summary>The one login of the central server: users with roles in Central:Users, the older CitizenInput:Planners, the planner policy.</summary>
public sealed class AccountTests
{
    private const string Password = "Solsikke 2025!";

    [Fact]
    public async Task A_user_from_Central_Users_with_the_planner_role_sees_the_planners_page()
    {
        await using var server = await InputServer.StartAsync(settings: User(1, "Mette", "planner", "editor"));
        using var mette = new PlannerClient(server);

        using var login = await mette.LoginAsync("mette", Password);
        using var page = await mette.Http.GetAsync("input/planners");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Logget ind som Mette", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_the_planner_role_is_logged_in_but_refused_the_planners_pages_with_403()
    {
        await using var server = await InputServer.StartAsync(settings: User(1, "it-support", "IT"));
        using var it = new PlannerClient(server);

        using var login = await it.LoginAsync("it-support", Password);
        using var page = await it.Http.GetAsync("input/planners/export.csv");
        using var denied = await it.Http.GetAsync(page.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/input/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.Contains("Ingen adgang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Svar i alt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_older_CitizenInput_Planners_and_Central_Users_count_together()
    {
        await using var server = await InputServer.StartAsync(settings: User(1, "Mette", "planner"));
        var users = server.Services.GetRequiredService<UserDirectory>();

        Assert.Equal(["planner"], users.Verify(InputServer.PlannerUser, InputServer.PlannerPassword)!.Roles);
        Assert.Equal("Mette", users.Verify(" METTE ", Password)!.UserName);
        Assert.Equal(["planner"], users.Verify("Mette", Password)!.Roles);
        Assert.Null(users.Verify("Mette", InputServer.PlannerPassword));
        Assert.Null(users.Verify("nobody", Password));
        Assert.Equal(2, users.CountWith(CentralRoles.Planner));
    }

    [Theory]
    [InlineData("Central:Users:1:Roles is empty")]
    [InlineData("Central:Users:1:Roles names 'admin', which is not one of planner, editor, it", "admin")]
    [InlineData("CitizenInput:Planners:0:UserName 'planner' is also Central:Users:0", "legacy")]
    public async Task A_wrong_user_setting_stops_the_server_naming_the_setting(string message, params string[] roles)
    {
        var settings = roles is ["legacy"] ? LegacyPlanner(InputServer.PlannerUser) : User(1, "Mette", roles);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => InputServer.StartAsync(settings: settings));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_never_cached_never_framed_and_sends_no_referrer()
    {
        await using var server = await InputServer.StartAsync();
        using var planner = await PlannerClient.LoggedInAsync(server);

        foreach (var path in new[] { "input/login", "input/planners" })
        {
            using var reply = await planner.Http.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("text/html", reply.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-store", reply.Headers.CacheControl?.ToString());
            Assert.Equal("DENY", reply.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", reply.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory]
    [InlineData("/input/planners?age=65-79", "/input/planners?age=65-79")]
    [InlineData("", "/input")]
    [InlineData("/input", "/input")]
    [InlineData("//evil.example/input/", "/input")]
    [InlineData("https://evil.example/input/planners", "/input")]
    [InlineData("/input/..//evil.example", "/input")]
    [InlineData("/input/\\evil.example", "/input")]
    [InlineData("/api/input/responses", "/input")]
    public void After_login_only_a_page_under_input_is_a_return_address(string returnUrl, string target)
    {
        Assert.Equal(target, AccountRoutes.AfterLogin(returnUrl));
    }

    [Fact]
    public void The_login_cookie_carries_the_name_and_every_role()
    {
        var principal = CentralLogin.Principal(new SignedInUser("Mette", [CentralRoles.Planner, CentralRoles.Editor]));

        Assert.Equal("Mette", principal.Identity?.Name);
        Assert.True(principal.IsInRole(CentralRoles.Planner));
        Assert.True(principal.IsInRole(CentralRoles.Editor));
        Assert.False(principal.IsInRole(CentralRoles.It));
        Assert.Equal(CentralLogin.Scheme, principal.Identity?.AuthenticationType);
        Assert.Equal(2, principal.FindAll(ClaimTypes.Role).Count());
    }

    private static string[] LegacyPlanner(string name) =>
    [
        $"--CitizenInput:Planners:0:UserName={name}",
        $"--CitizenInput:Planners:0:PasswordHash={AccountPasswords.Hash(Password, 1000)}",
    ];

    private static string[] User(int index, string name, params string[] roles) =>
    [
        $"--Central:Users:{index}:UserName={name}",
        $"--Central:Users:{index}:PasswordHash={AccountPasswords.Hash(Password, 1000)}",
        .. roles.Select((r, i) => $"--Central:Users:{index}:Roles:{i}={r}"),
    ];
}
