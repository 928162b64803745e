using System.Net;
using System.Text.RegularExpressions;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>A planner's browser without a browser: cookies, the antiforgery token from each form, no automatic redirects.</summary>
public sealed partial class PlannerClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public PlannerClient(InputServer server)
    {
        Http = new HttpClient(_handler) { BaseAddress = server.BaseAddress };
    }

    public HttpClient Http { get; }

    public static async Task<PlannerClient> LoggedInAsync(InputServer server)
    {
        var client = new PlannerClient(server);
        using var reply = await client.LoginAsync(InputServer.PlannerUser, InputServer.PlannerPassword);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> LoginAsync(string user, string password)
    {
        var form = await Http.GetStringAsync("input/login");
        return await Http.PostAsync("input/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [TokenName(form)] = TokenValue(form),
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = "",
        }));
    }

    public Task<string> PageAsync(string query = "") => Http.GetStringAsync($"input/planners{query}");

    /// <summary>Presses "Skjul" on the free text of <paramref name="responseId"/>, as the page's form does.</summary>
    public async Task<HttpResponseMessage> HideAsync(string page, Guid responseId, string questionId = "idea") =>
        await Http.PostAsync("input/planners/hide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [TokenName(page)] = TokenValue(page),
            ["responseId"] = responseId.ToString("D"),
            ["questionId"] = questionId,
            ["returnQuery"] = "",
        }));

    public static string TokenName(string html) => AntiforgeryInput().Match(html).Groups["name"].Value;

    public static string TokenValue(string html) => WebUtility.HtmlDecode(AntiforgeryInput().Match(html).Groups["value"].Value);

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>__RequestVerificationToken[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex AntiforgeryInput();
}
