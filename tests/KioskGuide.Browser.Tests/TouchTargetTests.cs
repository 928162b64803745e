using System.Text.Json;
using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// Measures every interactive element on every screen, in both orientations and both text sizes:
/// at least 56 × 56 CSS px, at least 8 px from its neighbours, and no text under 20 px.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class TouchTargetTests(KioskFixture kiosk)
{
    private const string MeasureScript = """
        () => {
          const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
          // The part of an element a finger can reach: cut by the viewport and every scrolling ancestor.
          const reachable = el => {
            let r = el.getBoundingClientRect();
            let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
            const cut = c => { box = { left: Math.max(box.left, c.left), top: Math.max(box.top, c.top),
                                       right: Math.min(box.right, c.right), bottom: Math.min(box.bottom, c.bottom) }; };
            cut({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });
            for (let p = el.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowY;
              if (o === 'auto' || o === 'scroll' || o === 'hidden') cut(p.getBoundingClientRect());
            }
            return box.right - box.left > 1 && box.bottom - box.top > 1 ? box : null;
          };
          const targets = [...document.querySelectorAll('button, a[href], input, select, textarea, [role=button], [tabindex]:not([tabindex="-1"])')]
            .filter(visible).filter(el => !el.closest('.visually-hidden')).filter(el => reachable(el));
          const label = el => (el.dataset.testid || el.dataset.key || el.innerText || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40);
          // Size is the element's own box (a card half scrolled out of view is still a full-size target).
          const small = targets.map(el => ({ el, r: el.getBoundingClientRect() }))
            .filter(t => t.r.width < 56 || t.r.height < 56)
            .map(t => `${label(t.el)} ${Math.round(t.r.width)}x${Math.round(t.r.height)}`);
          const close = [];
          for (let i = 0; i < targets.length; i++) for (let j = i + 1; j < targets.length; j++) {
            const a = targets[i], b = targets[j];
            if (a.contains(b) || b.contains(a)) continue;
            const ra = reachable(a), rb = reachable(b);
            const dx = Math.max(rb.left - ra.right, ra.left - rb.right, 0);
            const dy = Math.max(rb.top - ra.bottom, ra.top - rb.bottom, 0);
            if (Math.max(dx, dy) < 7.5) close.push(`${label(a)} <-> ${label(b)} (${Math.max(dx, dy).toFixed(1)}px)`);
          }
          const tinyText = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode; const el = node.parentElement;
            if (!node.textContent.trim() || !el || !visible(el) || el.closest('.visually-hidden, svg')) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 20) tinyText.push(`${node.textContent.trim().slice(0, 30)} ${size}px`);
          }
          return { count: targets.length, small, close: close.slice(0, 20), tinyText: tinyText.slice(0, 20) };
        }
        """;

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var orientation in new[] { "landscape", "portrait" })
        {
            foreach (var screen in ScreenNavigator.AllScreens.Where(s => s != "idle-warning"))
            {
                data.Add(orientation, screen, false);
            }

            data.Add(orientation, "home", true);
            data.Add(orientation, "search", true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_target_is_at_least_56px_with_8px_gaps_and_text_is_at_least_20px(string orientation, string screenName, bool largeText)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        if (largeText)
        {
            await screen.TapAsync("large-text");
        }

        await ScreenNavigator.GoToAsync(screen, screenName);
        await screen.ScreenshotAsync($"targets-{screenName}{(largeText ? "-large-text" : "")}");

        var result = await screen.Page.EvaluateAsync<JsonElement>(MeasureScript);
        Assert.True(result.GetProperty("count").GetInt32() > 3, "no interactive elements found: the screen did not render");
        Assert.True(result.GetProperty("small").GetArrayLength() == 0, "targets under 56 px: " + result.GetProperty("small"));
        Assert.True(result.GetProperty("close").GetArrayLength() == 0, "targets closer than 8 px: " + result.GetProperty("close"));
        Assert.True(result.GetProperty("tinyText").GetArrayLength() == 0, "text under 20 px: " + result.GetProperty("tinyText"));
    }
}
