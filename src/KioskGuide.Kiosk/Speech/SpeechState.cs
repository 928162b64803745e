using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>
/// One screen's speech settings: talk-through on or off and the volume. Lives for one Blazor circuit; its key lets
/// the page ask <c>/speech</c> for sound. <see cref="Reset"/> (the idle reset) silences it and puts the volume back,
/// so the next person does not start at someone else's setting (a known fault of public voting terminals).
/// </summary>
public sealed class SpeechState : IDisposable
{
    private readonly SpeechSessions _sessions;
    private readonly SpeechOptions _options;

    public SpeechState(SpeechSessions sessions, IOptions<SpeechOptions> options)
    {
        _sessions = sessions;
        _options = options.Value;
        VolumeStep = _options.DefaultVolumeStep;
        _sessions.Register(Key);
    }

    /// <summary>Random per circuit, given to the page; a request without a live key gets no sound.</summary>
    public string Key { get; } = SpeechSessions.NewKey();

    public bool TalkThrough { get; private set; }

    public int VolumeStep { get; private set; }

    public int VolumeSteps => _options.VolumeSteps.Length;

    /// <summary>The audio element's volume, 0–1.</summary>
    public double Volume => _options.VolumeSteps[VolumeStep];

    public event Action? Changed;

    public void ToggleTalkThrough()
    {
        TalkThrough = !TalkThrough;
        Changed?.Invoke();
    }

    /// <summary>One step louder, and from the loudest back to the quietest: one button, as simple as a radio's.</summary>
    public void NextVolume()
    {
        VolumeStep = (VolumeStep + 1) % VolumeSteps;
        Changed?.Invoke();
    }

    public void Stop() => _sessions.Stop(Key);

    public void Reset()
    {
        _sessions.Stop(Key);
        TalkThrough = false;
        VolumeStep = _options.DefaultVolumeStep;
        Changed?.Invoke();
    }

    public void Dispose() => _sessions.Remove(Key);
}
