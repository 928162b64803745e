using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>
/// Which screens (Blazor circuits) may ask for speech, their speech tickets, and what each is saying now. A screen
/// says one thing at a time: a new reading stops the one before, and a reset or a closed circuit stops it too.
/// Texts live here only until their sound is fetched, a few seconds at most.
/// </summary>
public sealed class SpeechSessions(TimeProvider time, IOptions<SpeechOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CancellationTokenSource?> _speaking = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SpeechRequest Request, DateTimeOffset Expires)> _tickets = new(StringComparer.Ordinal);

    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public void Register(string session)
    {
        lock (_gate)
        {
            _speaking.TryAdd(session, null);
        }
    }

    public void Remove(string session)
    {
        Stop(session);
        lock (_gate)
        {
            _speaking.Remove(session);
        }
    }

    /// <summary>A one-time ticket for the request's sound, or null when the request's session is not a live screen.</summary>
    public string? Issue(SpeechRequest request)
    {
        var now = time.GetUtcNow();
        var ticket = NewKey();
        lock (_gate)
        {
            if (!_speaking.ContainsKey(request.Session))
            {
                return null;
            }

            // Old tickets of this screen go: only the latest request is ever fetched.
            foreach (var old in _tickets.Where(t => t.Value.Expires <= now || t.Value.Request.Session == request.Session).Select(t => t.Key).ToList())
            {
                _tickets.Remove(old);
            }

            _tickets[ticket] = (request, now.AddSeconds(options.Value.TicketSeconds));
        }

        return ticket;
    }

    /// <summary>Takes a ticket (once), stops whatever its screen was saying, and returns what to say with the token that stops it.</summary>
    public (SpeechRequest Request, CancellationTokenSource Stop)? Claim(string ticket)
    {
        lock (_gate)
        {
            if (!_tickets.Remove(ticket, out var entry) || entry.Expires <= time.GetUtcNow() || !_speaking.TryGetValue(entry.Request.Session, out var previous))
            {
                return null;
            }

            previous?.Cancel();
            var stop = new CancellationTokenSource();
            _speaking[entry.Request.Session] = stop;
            return (entry.Request, stop);
        }
    }

    /// <summary>The sound of a claim has ended; forget its token unless a newer reading has taken its place.</summary>
    public void Finished(string session, CancellationTokenSource stop)
    {
        lock (_gate)
        {
            if (_speaking.TryGetValue(session, out var current) && ReferenceEquals(current, stop))
            {
                _speaking[session] = null;
            }
        }

        stop.Dispose();
    }

    /// <summary>Silence for this screen: its running speech is killed and its unfetched tickets dropped.</summary>
    public void Stop(string session)
    {
        lock (_gate)
        {
            if (_speaking.TryGetValue(session, out var current) && current is not null)
            {
                current.Cancel();
            }

            foreach (var old in _tickets.Where(t => t.Value.Request.Session == session).Select(t => t.Key).ToList())
            {
                _tickets.Remove(old);
            }
        }
    }

    /// <summary>Whether the screen is speaking now (for tests and the idle reset).</summary>
    public bool IsSpeaking(string session)
    {
        lock (_gate)
        {
            return _speaking.TryGetValue(session, out var current) && current is { IsCancellationRequested: false };
        }
    }
}
