using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KioskGuide.Central.Accounts;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Central.Tests.Security;

/// <summary>
/// Issue 10's attacks, each against the built central server as its own process (CentralServerProcess): login
/// lock-out, sessions that end, cookie flags, host filtering, headers, demo secrets, revocation, file modes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class ServerProcessSecurityTests
{
    private const string Password = "a planner's own long password";

    // Few iterations: the tests log in often; production hashes use 600,000.
    private static readonly string PasswordHash = AccountPasswords.Hash(Password, 1000);

    private static readonly string[] DatabaseFiles = ["input.db", "feed.db"];

    private static string[] Planner(string hash) => [$"--Central:Users:0:PasswordHash={hash}"];

    [Fact]
    public async Task Five_wrong_passwords_then_the_right_one_is_answered_429_with_Retry_After()
    {
        await using var server = await CentralServerProcess.StartAsync(Planner(PasswordHash));
        using var browser = new Browser(server.Root);

        var wrong = new List<HttpStatusCode>();
        for (int i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            using var reply = await browser.LoginAsync("planner", "guess " + i);
            wrong.Add(reply.StatusCode);
        }

        using var right = await browser.LoginAsync("planner", Password);
        using var otherUser = await browser.LoginAsync("someone-else", "guess");

        Assert.All(wrong, code => Assert.Equal(HttpStatusCode.Unauthorized, code));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(right.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, LoginThrottle.Window.TotalSeconds);
        Assert.Equal(HttpStatusCode.TooManyRequests, otherUser.StatusCode); // per client, whatever user it tries
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("KioskGuide.Login", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_session_cookie_stops_working_at_logout_and_at_a_password_change()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));
        string stolenAtLogout, stolenBeforeChange;
        await using (var server = await CentralServerProcess.StartInAsync(folder, Planner(PasswordHash)))
        {
            using var browser = new Browser(server.Root);
            using (var login = await browser.LoginAsync("planner", Password))
            {
                Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            }

            stolenAtLogout = browser.LoginCookie();
            Assert.Equal(HttpStatusCode.OK, await Replay(server.Root, stolenAtLogout));
            using (var logout = await browser.LogoutAsync())
            {
                Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            }

            Assert.Equal(HttpStatusCode.Redirect, await Replay(server.Root, stolenAtLogout)); // to the login page

            using var again = new Browser(server.Root);
            using (var login = await again.LoginAsync("planner", Password))
            {
                Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            }

            stolenBeforeChange = again.LoginCookie();
            Assert.Equal(HttpStatusCode.OK, await Replay(server.Root, stolenBeforeChange));
        }

        // The IT department sets a new password hash and restarts the server, on the same keys and databases.
        await using var changed = await CentralServerProcess.StartInAsync(folder, Planner(AccountPasswords.Hash("the new password", 1000)));
        Assert.Equal(HttpStatusCode.Redirect, await Replay(changed.Root, stolenBeforeChange));
    }

    [Fact]
    public async Task The_login_cookie_is_HttpOnly_SameSite_Strict_and_Secure_when_the_public_address_is_https()
    {
        await using var plain = await CentralServerProcess.StartAsync(Planner(PasswordHash));
        await using var https = await CentralServerProcess.StartAsync([.. Planner(PasswordHash), "--Feed:PublicBaseUrl=https://kioskguide.kommune.example"]);

        var onPlain = await LoginCookieHeaderAsync(plain.Root);
        var onHttps = await LoginCookieHeaderAsync(https.Root);

        Assert.Contains("httponly", onPlain, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", onPlain, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure;", onPlain + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", onHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", onHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", onHttps, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_Host_is_refused_and_never_reaches_a_link()
    {
        await using var server = await CentralServerProcess.StartAsync("--Feed:VisibilityDelaySeconds=0");
        await using var behindProxy = await CentralServerProcess.StartAsync("--Feed:VisibilityDelaySeconds=0", "--Feed:PublicBaseUrl=https://kioskguide.kommune.example/");
        using var http = new HttpClient();

        using var forged = await GetWithHostAsync(http, new Uri(server.Root, "feeds/services"), "evil.example");
        // An allowed name with another port passes host filtering: the links still name the real address.
        using var otherPort = await GetWithHostAsync(http, new Uri(server.Root, "feeds/services?afterChangeNumber=999999"), "127.0.0.1:1");
        using var root = await GetWithHostAsync(http, server.Root, "localhost:1");
        using var proxied = await GetWithHostAsync(http, new Uri(behindProxy.Root, "feeds/services?afterChangeNumber=999999"), "127.0.0.1:1");
        using var proxiedRoot = await GetWithHostAsync(http, behindProxy.Root, "localhost");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal($"{server.Root}feeds/services?afterChangeNumber=999999", (await Json(otherPort))["next"]!.GetValue<string>());
        Assert.Equal($"{server.Root}openapi.json", (await Json(root))["openapi_url"]!.GetValue<string>());
        Assert.Equal("https://kioskguide.kommune.example/feeds/services?afterChangeNumber=999999", (await Json(proxied))["next"]!.GetValue<string>());
        Assert.Equal("https://kioskguide.kommune.example/openapi.json", (await Json(proxiedRoot))["openapi_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_page_has_a_CSP_without_inline_script_nosniff_no_referrer_and_planners_pages_and_exports_no_store()
    {
        await using var server = await CentralServerProcess.StartAsync(Planner(PasswordHash));
        using var browser = new Browser(server.Root);
        using var loginPage = await browser.Http.GetAsync("input/login");
        using (var login = await browser.LoginAsync("planner", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        foreach (var path in new[] { "input/planners", "input/planners/export.csv", "input/planners/report.pdf" })
        {
            using var reply = await browser.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("no-store", reply.Headers.CacheControl?.ToString());
            AssertHeaders(reply);
        }

        AssertHeaders(loginPage);
        Assert.Equal("no-store", loginPage.Headers.CacheControl?.ToString());
        var csp = loginPage.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", await loginPage.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        static void AssertHeaders(HttpResponseMessage reply)
        {
            Assert.Single(reply.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal("nosniff", reply.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", reply.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory]
    [InlineData("CitizenInput:Kiosks:0:TokenSha256")]
    [InlineData("Central:Users:0:PasswordHash", "--CitizenInput:Kiosks:0:TokenSha256=0000000000000000000000000000000000000000000000000000000000000001", "--CitizenInput:Kiosks:1:TokenSha256=0000000000000000000000000000000000000000000000000000000000000002")]
    [InlineData("Feed:PublicBaseUrl", "--CitizenInput:Kiosks:0:TokenSha256=0000000000000000000000000000000000000000000000000000000000000001", "--CitizenInput:Kiosks:1:TokenSha256=0000000000000000000000000000000000000000000000000000000000000002", "--Central:Users:0:PasswordHash=pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task Beyond_loopback_the_server_refuses_to_start_with_a_demo_secret_in_one_line_naming_the_setting(string setting, params string[] fixedSoFar)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));
        var (code, output) = await CentralServerProcess.RunAsync(
        [
            "serve", "--Feed:ListenAddress=0.0.0.0", "--Feed:Port=0",
            $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}",
            .. fixedSoFar,
        ]);

        Assert.Equal(78, code); // EX_CONFIG: a setting to change; the unit does not restart on it
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Refusing to start: " + setting, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_stays_refused_after_a_restart_the_demo_token_from_configuration_too()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));
        var input = $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}";
        Directory.CreateDirectory(folder);
        var (code, output) = await CentralServerProcess.RunAsync("create-token", "made-kiosk", input);
        Assert.Equal(0, code);
        string made = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        const string Demo = "demo-kiosk-token-aabaek-bibliotek";

        await using (var server = await CentralServerProcess.StartInAsync(folder))
        {
            Assert.Equal(HttpStatusCode.Created, await PostAnswerAsync(server.Root, made, "made-kiosk"));
            Assert.Equal(HttpStatusCode.Created, await PostAnswerAsync(server.Root, Demo, "demo-aabaek-bibliotek"));
        }

        Assert.Equal(0, (await CentralServerProcess.RunAsync("revoke-tokens", "made-kiosk", input)).ExitCode);
        Assert.Equal(0, (await CentralServerProcess.RunAsync("revoke-tokens", "demo-aabaek-bibliotek", input)).ExitCode);

        await using var restarted = await CentralServerProcess.StartInAsync(folder);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAnswerAsync(restarted.Root, made, "made-kiosk"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAnswerAsync(restarted.Root, Demo, "demo-aabaek-bibliotek"));
        Assert.Equal(HttpStatusCode.Created, await PostAnswerAsync(restarted.Root, "demo-kiosk-token-central-feed", "demo-central-feed"));
    }

    [Fact]
    public async Task Databases_and_keys_are_private_to_the_server_user_and_keys_live_beside_the_database()
    {
        await using var server = await CentralServerProcess.StartAsync(Planner(PasswordHash));
        using var browser = new Browser(server.Root);
        using (var login = await browser.LoginAsync("planner", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode); // makes a data-protection key
        }

        var keys = Path.Combine(server.Folder, "keys");
        var files = DatabaseFiles.Select(f => Path.Combine(server.Folder, f))
            .Concat(Directory.GetFiles(keys)).ToList();

        Assert.NotEmpty(Directory.GetFiles(keys));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.All(files, f => Assert.Equal((f, UnixFileMode.UserRead | UnixFileMode.UserWrite), (f, File.GetUnixFileMode(f))));
    }

    [Fact]
    public async Task Purge_answers_deletes_what_the_retention_rule_says_is_too_old_and_keeps_the_rest()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen).DateTime);
        await using (var server = await CentralServerProcess.StartInAsync(folder))
        {
            Assert.Equal(HttpStatusCode.Created, await PostAnswerAsync(server.Root, "demo-kiosk-token-aabaek-bibliotek", "demo-aabaek-bibliotek", today.AddMonths(-3)));
            Assert.Equal(HttpStatusCode.Created, await PostAnswerAsync(server.Root, "demo-kiosk-token-aabaek-bibliotek", "demo-aabaek-bibliotek", today));
        }

        var input = $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}";
        var (code, output) = await CentralServerProcess.RunAsync("purge-answers", input, "--CitizenInput:RetentionMonths=1");
        var (again, nothing) = await CentralServerProcess.RunAsync("purge-answers", input, "--before", today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, code);
        Assert.Contains("Deleted 1 answer(s) given before", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("Deleted 1 answer(s)", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Odd_digits_and_invisible_characters_never_give_a_500_and_never_reach_the_planners_page()
    {
        await using var server = await CentralServerProcess.StartAsync(Planner(PasswordHash));
        string[] texts =
        [
            "Mit cpr er ０１０２０３-１２３４, ring ٢١٢٣٤٥٦٧",
            "Fællesspisning\u202E i hallen\u200B for\u2066 alle\uFEFF",
            "=HYPERLINK(\"http://x\")",
            "𝕳𝖊𝖏 \uD800 ﷽ " + new string('é', 400),
        ];
        var codes = new List<HttpStatusCode>();
        foreach (var text in texts.Concat(Enumerable.Repeat("Strikkecafé på biblioteket", 5)))
        {
            codes.Add(await PostAnswerAsync(server.Root, "demo-kiosk-token-aabaek-bibliotek", "demo-aabaek-bibliotek", null, text));
        }

        using var browser = new Browser(server.Root);
        using (var login = await browser.LoginAsync("planner", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var page = await browser.Http.GetStringAsync("input/planners");
        var shown = string.Join("\n", Regex.Matches(page, "<p class=\"text\">(.*?)</p>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.DoesNotContain(codes, c => (int)c >= 500);
        Assert.Contains(HttpStatusCode.Created, codes);
        Assert.Contains("Fællesspisning i hallen for alle", shown, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", System.Text.Encoding.UTF8.GetString(await browser.Http.GetByteArrayAsync("input/planners/export.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain("1234", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("١٢٣", shown, StringComparison.Ordinal);
        foreach (var invisible in new[] { '\u202E', '\u200B', '\u2066', '\uFEFF' })
        {
            Assert.DoesNotContain(invisible, page);
        }
    }

    private static async Task<string> LoginCookieHeaderAsync(Uri root)
    {
        using var browser = new Browser(root);
        using var login = await browser.LoginAsync("planner", Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("KioskGuide.Login=", StringComparison.Ordinal));
    }

    /// <summary>The planners' page requested with nothing but a copied login cookie.</summary>
    private static async Task<HttpStatusCode> Replay(Uri root, string cookie)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = root };
        using var request = new HttpRequestMessage(HttpMethod.Get, "input/planners");
        request.Headers.Add("Cookie", cookie);
        using var reply = await http.SendAsync(request);
        return reply.StatusCode;
    }

    private static async Task<HttpResponseMessage> GetWithHostAsync(HttpClient http, Uri uri, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Host = host;
        return await http.SendAsync(request);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage reply)
    {
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return JsonNode.Parse(await reply.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<HttpStatusCode> PostAnswerAsync(Uri root, string token, string kiosk, DateOnly? date = null, string? idea = null)
    {
        using var http = new HttpClient { BaseAddress = root };
        var response = new QuestionnaireResponse
        {
            Id = Guid.NewGuid(),
            QuestionnaireId = "flere-i-faellesskaber",
            QuestionnaireVersion = 1,
            KioskId = kiosk,
            Date = date ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KioskTimeZone.Copenhagen).DateTime),
            Language = "da",
            Answers = idea is null ? [new Answer("social-life", [], Scale: 4)] : [new Answer("social-life", [], Scale: 4), new Answer("idea", [], Text: idea)],
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/input/responses")
        {
            Content = new StringContent(CitizenInputJson.Serialize(response), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", response.Id.ToString("D"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var reply = await http.SendAsync(request);
        return reply.StatusCode;
    }

    /// <summary>A browser without a browser: cookies, each form's antiforgery token, no automatic redirects.</summary>
    private sealed partial class Browser : IDisposable
    {
        private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

        public Browser(Uri root) => Http = new HttpClient(_handler) { BaseAddress = root };

        public HttpClient Http { get; }

        public async Task<HttpResponseMessage> LoginAsync(string user, string password)
        {
            var (name, value) = await FormTokenAsync("input/login");
            return await Http.PostAsync("input/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = user,
                ["password"] = password,
                ["returnUrl"] = "",
                [name] = value,
            }));
        }

        public async Task<HttpResponseMessage> LogoutAsync()
        {
            var (name, value) = await FormTokenAsync("input/planners");
            return await Http.PostAsync("input/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [name] = value }));
        }

        /// <summary>The login cookie as a Cookie header would carry it: what someone who copied it would replay.</summary>
        public string LoginCookie() => string.Join("; ", _handler.CookieContainer.GetCookies(new Uri(Http.BaseAddress!, "input/planners"))
            .Where(c => c.Name.StartsWith("KioskGuide.Login", StringComparison.Ordinal)).Select(c => $"{c.Name}={c.Value}"));

        public void Dispose()
        {
            Http.Dispose();
            _handler.Dispose();
        }

        private async Task<(string Name, string Value)> FormTokenAsync(string path)
        {
            var html = await Http.GetStringAsync(path);
            var match = AntiforgeryInput().Match(html);
            return (match.Groups["name"].Value, WebUtility.HtmlDecode(match.Groups["value"].Value));
        }

        [GeneratedRegex("""<input type="hidden" name="(?<name>__RequestVerificationToken[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
        private static partial Regex AntiforgeryInput();
    }
}
