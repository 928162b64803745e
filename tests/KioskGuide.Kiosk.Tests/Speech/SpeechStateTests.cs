using KioskGuide.Kiosk.Speech;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.Speech;

/// <summary>A screen's speech settings and its running reading, across a reset and a closed circuit.</summary>
public sealed class SpeechStateTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly SpeechSessions _sessions;

    public SpeechStateTests() => _sessions = new SpeechSessions(_clock, Options.Create(new SpeechOptions()));

    private SpeechState NewState() => new(_sessions, Options.Create(new SpeechOptions()));

    private CancellationTokenSource StartReading(SpeechState state)
    {
        var ticket = _sessions.Issue(new SpeechRequest(state.Key, [new SpeechPart("da", "Hej")]))!;
        return _sessions.Claim(ticket)!.Value.Stop;
    }

    [Fact]
    public void Reset_stops_the_reading_and_puts_volume_and_talk_through_back()
    {
        using var state = NewState();
        state.NextVolume();
        state.ToggleTalkThrough();
        var reading = StartReading(state);
        Assert.True(_sessions.IsSpeaking(state.Key));

        state.Reset();

        Assert.True(reading.IsCancellationRequested);
        Assert.False(_sessions.IsSpeaking(state.Key));
        Assert.Equal(new SpeechOptions().DefaultVolumeStep, state.VolumeStep);
        Assert.False(state.TalkThrough);
    }

    [Fact]
    public void A_new_reading_stops_the_one_before()
    {
        using var state = NewState();
        var first = StartReading(state);
        var second = StartReading(state);

        Assert.True(first.IsCancellationRequested);
        Assert.False(second.IsCancellationRequested);
    }

    [Fact]
    public void A_closed_circuit_stops_its_reading_and_its_key_no_longer_gets_tickets()
    {
        var state = NewState();
        var reading = StartReading(state);

        state.Dispose();

        Assert.True(reading.IsCancellationRequested);
        Assert.Null(_sessions.Issue(new SpeechRequest(state.Key, [new SpeechPart("da", "Hej")])));
    }

    [Fact]
    public void Tickets_expire_unfetched()
    {
        using var state = NewState();
        var ticket = _sessions.Issue(new SpeechRequest(state.Key, [new SpeechPart("da", "Hej")]))!;
        _clock.Advance(TimeSpan.FromSeconds(new SpeechOptions().TicketSeconds + 1));
        Assert.Null(_sessions.Claim(ticket));
    }

    [Fact]
    public void Volume_steps_round_from_loudest_to_quietest()
    {
        using var state = NewState();
        var seen = Enumerable.Range(0, state.VolumeSteps).Select(_ => { state.NextVolume(); return state.Volume; }).ToList();
        Assert.Equal(new SpeechOptions().VolumeSteps.Order(), seen.Order());
    }
}
