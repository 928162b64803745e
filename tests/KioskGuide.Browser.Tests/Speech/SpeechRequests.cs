using System.Text.Json;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests.Speech;

/// <summary>What the page asked the host to say (every POST /speech), as a person with headphones would hear it.</summary>
internal sealed class SpeechRequests
{
    private readonly List<IReadOnlyList<(string Lang, string Text)>> _said = [];
    private readonly Lock _gate = new();

    public SpeechRequests(IPage page) => page.Request += (_, request) =>
    {
        if (request.Method == "POST" && request.Url.EndsWith("/speech", StringComparison.Ordinal) && request.PostData is { } body)
        {
            using var json = JsonDocument.Parse(body);
            var parts = json.RootElement.GetProperty("parts").EnumerateArray()
                .Select(p => (p.GetProperty("lang").GetString()!, p.GetProperty("text").GetString()!)).ToList();
            lock (_gate)
            {
                _said.Add(parts);
            }
        }
    };

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _said.Count;
            }
        }
    }

    /// <summary>The parts of the latest request.</summary>
    public IReadOnlyList<(string Lang, string Text)> Last
    {
        get
        {
            lock (_gate)
            {
                return _said.Count == 0 ? [] : _said[^1];
            }
        }
    }

    public string LastText => string.Join(' ', Last.Select(p => p.Text));

    /// <summary>Waits until a request after the first <paramref name="before"/> has been made whose text contains <paramref name="wanted"/>.</summary>
    public async Task<string> WaitForAsync(int before, string wanted, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            lock (_gate)
            {
                var found = _said.Skip(before).Select(r => string.Join(' ', r.Select(p => p.Text))).LastOrDefault(t => t.Contains(wanted, StringComparison.Ordinal));
                if (found is not null)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        lock (_gate)
        {
            throw new Xunit.Sdk.XunitException($"No speech request with \"{wanted}\". Said since then: {string.Join(" | ", _said.Skip(before).Select(r => string.Join(' ', r.Select(p => $"[{p.Lang}] {p.Text}"))))}");
        }
    }
}
