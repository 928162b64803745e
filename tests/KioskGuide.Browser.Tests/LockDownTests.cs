using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using KioskGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// Debian's Chromium with the kiosk's managed policy (deploy/chromium/kioskguide-policy.json) and the launcher's
/// flags (deploy/chromium/kiosk-flags.conf): the kiosk opens, another origin and a download are refused, and no
/// link on the kiosk opens a window or leads out. The policy is bind-mounted over /etc/chromium/policies in a private mount namespace (unshare -m),
/// so no other Chromium on the machine — the other browser tests — sees it. Needs root, as the test command has.
/// </summary>
public sealed class LockDownTests : IAsyncLifetime, IDisposable
{
    private readonly KioskServer _server = new();
    private readonly string _folder = TestOutput.FreshFolder("lock-down");
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private IReadOnlyList<string> _flags = [];

    public async Task InitializeAsync()
    {
        var root = _server.RootUri;
        var origin = $"http://127.0.0.1:{root.Port}";
        var policy = await File.ReadAllTextAsync(Path.Combine(TestOutput.RepositoryRoot, "deploy", "chromium", "kioskguide-policy.json"));
        Assert.Contains("http://127.0.0.1:5080", policy, StringComparison.Ordinal);
        var policies = Directory.CreateDirectory(Path.Combine(_folder, "policies", "managed"));
        await File.WriteAllTextAsync(Path.Combine(policies.FullName, "kioskguide.json"), ForPlaywright(policy).Replace("http://127.0.0.1:5080", origin, StringComparison.Ordinal));

        // The mount point must exist for the bind mount; an empty folder changes nothing for other browsers.
        Directory.CreateDirectory("/etc/chromium/policies");
        var wrapper = Path.Combine(_folder, "chromium-with-policy.sh");
        await File.WriteAllTextAsync(wrapper, $"""
            #!/bin/sh
            exec unshare -m sh -c 'mount --bind "$0" /etc/chromium/policies && exec {Chromium.ExecutablePath} "$@"' "{Path.Combine(_folder, "policies")}" "$@"
            """);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The kiosk's lock-down is for Debian's Chromium on Linux.");
        }

        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var flags = (await File.ReadAllLinesAsync(Path.Combine(TestOutput.RepositoryRoot, "deploy", "chromium", "kiosk-flags.conf")))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains("--disable-pinch", flags);
        _flags = flags;
        _playwright = await Playwright.CreateAsync();
        // A persistent profile, as the launcher uses: the policy disables incognito, which Playwright's fresh contexts are.
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_folder, "profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = wrapper,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", .. flags],
            AcceptDownloads = true,
            HasTouch = true,
            Timeout = 30_000,
            // Playwright turns the popup blocker off by default; the kiosk relies on it (and the policy's DefaultPopupsSetting).
            IgnoreDefaultArgs = ["--disable-popup-blocking"],
        });
    }

    [Fact]
    public async Task Only_the_kiosk_opens_and_nothing_on_it_leads_out()
    {
        var context = _browser!;
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();

        // The launcher's "Aw, Snap" watch: no screen connected yet, so /health/screen says 503.
        using var http = new HttpClient { BaseAddress = _server.RootUri };
        using (var none = await http.GetAsync("health/screen"))
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, none.StatusCode);
        }

        var kiosk = await page.GotoAsync(_server.RootUri.ToString());
        Assert.Equal(200, kiosk!.Status);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        for (var i = 0; i < 50 && (await http.GetAsync("health/screen")).StatusCode != System.Net.HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
        }

        using (var one = await http.GetAsync("health/screen"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, one.StatusCode);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_folder, "1-kiosk-opens.png") });

        // Same machine, other origin (host name differs): blocked by the policy, not by the network.
        var other = await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync($"http://localhost:{_server.RootUri.Port}/"));
        Assert.Contains("ERR_BLOCKED_BY_ADMINISTRATOR", other.Message, StringComparison.Ordinal);
        var web = await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync("https://www.example.com/"));
        Assert.Contains("ERR_BLOCKED_BY_ADMINISTRATOR", web.Message, StringComparison.Ordinal);

        // A fresh tab: the blocked navigations' error pages may still be arriving in the first one.
        var home = await context.NewPageAsync();
        await home.GotoAsync(_server.RootUri.ToString());
        // Chromium lets a tap open a new window whatever the popup setting, so the kiosk offers none: no link
        // opens a window or leaves the kiosk (and a window that did could show only the kiosk, by the allowlist).
        var exits = await home.EvaluateAsync<int>("() => document.querySelectorAll('a[target], a[href^=\"http\"]:not([href^=\"' + location.origin + '\"])').length");
        Assert.Equal(0, exits);
    }

    /// <summary>
    /// The deployed policy less one line: Playwright drives Chromium through the DevTools protocol, which
    /// DeveloperToolsAvailability 2 shuts (that it is 2 in the deployed file is asserted). The download test runs
    /// Chromium without Playwright and keeps the whole policy.
    /// </summary>
    private static string ForPlaywright(string policy)
    {
        var node = JsonNode.Parse(policy)!.AsObject();
        Assert.Equal(2, node["DeveloperToolsAvailability"]!.GetValue<int>());
        node.Remove("DeveloperToolsAvailability");
        return node.ToJsonString();
    }

    [Fact]
    public async Task A_download_is_refused_by_the_policy_and_saved_without_it()
    {
        // A page that downloads a file as soon as it opens, on a loopback origin of its own.
        var site = WebApplication.CreateSlimBuilder();
        site.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var app = site.Build();
        app.MapGet("/", () => Results.Content("<!doctype html><a id=a href=\"/file.txt\" download>x</a><script>document.getElementById('a').click()</script>", "text/html"));
        app.MapGet("/file.txt", () => Results.Text("a file"));
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var policy = (await File.ReadAllTextAsync(Path.Combine(TestOutput.RepositoryRoot, "deploy", "chromium", "kioskguide-policy.json")))
            .Replace("http://127.0.0.1:5080", url.TrimEnd('/'), StringComparison.Ordinal);

        var withoutPolicy = await DownloadsAsync("control", policy: null, url);
        var withPolicy = await DownloadsAsync("locked", policy, url);

        Assert.Equal(["file.txt"], withoutPolicy); // the page does download when nothing stops it
        Assert.Empty(withPolicy);
    }

    /// <summary>Runs headless Chromium (no DevTools protocol) on <paramref name="url"/> for a few seconds; the files it saved.</summary>
    private async Task<string[]> DownloadsAsync(string name, string? policy, string url)
    {
        var run = Directory.CreateDirectory(Path.Combine(_folder, $"{name}-{Guid.NewGuid():N}"));
        var downloads = Directory.CreateDirectory(Path.Combine(run.FullName, "downloads"));
        var profile = Directory.CreateDirectory(Path.Combine(run.FullName, "profile", "Default"));
        await File.WriteAllTextAsync(Path.Combine(profile.FullName, "Preferences"),
            new JsonObject { ["download"] = new JsonObject { ["default_directory"] = downloads.FullName, ["prompt_for_download"] = false } }.ToJsonString());
        var policies = Directory.CreateDirectory(Path.Combine(run.FullName, "policies", "managed"));
        if (policy is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(policies.FullName, "kioskguide.json"), policy);
        }

        var start = new ProcessStartInfo("unshare") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-m", "sh", "-c", $"mount --bind \"$0\" /etc/chromium/policies && exec {Chromium.ExecutablePath} \"$@\"",
            Path.Combine(run.FullName, "policies"), "--headless", "--no-sandbox", "--disable-gpu", .. _flags, $"--user-data-dir={Path.Combine(run.FullName, "profile")}", url])
        {
            start.ArgumentList.Add(arg);
        }

        using var chromium = Process.Start(start)!;
        _ = chromium.StandardOutput.ReadToEndAsync();
        _ = chromium.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(6));
        chromium.Kill(entireProcessTree: true);
        await chromium.WaitForExitAsync();
        return [.. Directory.GetFiles(downloads.FullName).Select(Path.GetFileName).OfType<string>().Where(f => !f.EndsWith(".crdownload", StringComparison.Ordinal))];
    }

    public void Dispose() => _server.Dispose();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
