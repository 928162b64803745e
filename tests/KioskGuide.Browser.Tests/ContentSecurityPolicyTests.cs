using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>The kiosk's strict Content-Security-Policy (no inline script or style) breaks nothing a citizen uses.</summary>
[Collection(KioskCollection.Name)]
public sealed class ContentSecurityPolicyTests(KioskFixture kiosk)
{
    [Fact]
    public async Task Home_questions_review_and_the_leaflet_preview_run_without_a_single_csp_violation()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse("portrait"));
        var violations = new List<string>();
        screen.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        await screen.Page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Refused to ' + e.violatedDirective + ' ' + e.blockedURI));");
        await screen.GotoHomeAsync();

        // The control: an inline script is refused, and the listener hears it.
        await screen.Page.EvaluateAsync("() => document.body.appendChild(Object.assign(document.createElement('script'), { textContent: 'window.injected = 1' }))");
        await screen.Page.WaitForTimeoutAsync(200);
        lock (violations)
        {
            Assert.NotEmpty(violations);
            violations.Clear();
        }

        Assert.Null(await screen.Page.EvaluateAsync<int?>("() => window.injected ?? null"));

        await screen.TapAsync("tile-have-your-say");
        await screen.TapAsync("say-start");
        await screen.ByTestId("question").WaitForAsync();
        await screen.TapAsync("say-next");
        await screen.GotoHomeAsync();
        await screen.TapAsync(screen.Page.Locator("[data-testid='offer-card']").First.Or(screen.Page.Locator("[data-testid^='tile-']").First));
        await screen.SyncAsync();

        lock (violations)
        {
            Assert.Empty(violations);
        }
    }
}
