using KioskGuide.Kiosk.Speech;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Tests.Speech;

/// <summary>The sound espeak-ng makes for the kiosk: not silence, the right language's voice, and stopped when asked.</summary>
public sealed class EspeakSynthesizerTests
{
    /// <summary>Speech from espeak-ng sits around 3,000–6,000; silence or a broken pipe is 0.</summary>
    private const double RmsFloor = 800;

    private static readonly SpeechOptions Settings = new();

    public static TheoryData<string, string> Sentences => new()
    {
        { "da", "Find et fællesskab eller et tilbud nær dig. Næste gang er på onsdag." },
        { "en", "Find a community or an offer near you. The next time is on Wednesday." },
        { "ar", "ابحث عن مجموعة أو نشاط قريب منك. الموعد القادم يوم الأربعاء." },
        { "uk", "Знайдіть спільноту або заняття поруч із вами. Наступного разу в середу." },
    };

    private static EspeakSynthesizer Espeak() => new(Options.Create(Settings), NullLogger<EspeakSynthesizer>.Instance);

    private static async Task<byte[]> SpeakAsync(string lang, string text)
    {
        using var sound = new MemoryStream();
        await Espeak().WriteWavAsync([new SpeechPart(lang, text)], sound, CancellationToken.None);
        return sound.ToArray();
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Speech_in_each_language_is_seconds_of_sound_well_above_silence(string lang, string text)
    {
        var samples = Wav.Samples(await SpeakAsync(lang, text));

        Assert.True(samples.Length > EspeakSynthesizer.SampleRate * 2, $"{lang}: only {samples.Length} samples");
        Assert.True(Wav.Rms(samples) > RmsFloor, $"{lang}: RMS {Wav.Rms(samples):F0} is not above {RmsFloor}");
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Each_language_is_spoken_by_its_own_espeak_voice(string lang, string text)
    {
        var ours = Wav.Samples(await SpeakAsync(lang, text));

        // Sample for sample what espeak-ng makes with that language's voice, and not what another voice makes.
        var voice = Settings.Voices[lang];
        Assert.Equal(Wav.Samples(await Wav.EspeakAsync(voice, text, Settings.WordsPerMinute)), ours);
        foreach (var other in Settings.Voices.Values.Where(v => v != voice))
        {
            Assert.NotEqual(Wav.Samples(await Wav.EspeakAsync(other, text, Settings.WordsPerMinute)), ours);
        }
    }

    [Fact]
    public async Task Parts_in_two_languages_make_one_stream_with_one_header()
    {
        using var sound = new MemoryStream();
        await Espeak().WriteWavAsync([new SpeechPart("en", "Next time:"), new SpeechPart("da", "onsdag klokken ti")], sound, CancellationToken.None);

        var en = Wav.Samples(await Wav.EspeakAsync("en-gb", "Next time:", Settings.WordsPerMinute));
        var da = Wav.Samples(await Wav.EspeakAsync("da", "onsdag klokken ti", Settings.WordsPerMinute));
        Assert.Equal([.. en, .. da], Wav.Samples(sound.ToArray()));
    }

    [Theory]
    [InlineData("en-GB", "en-gb")]
    [InlineData("uk", "uk")]
    [InlineData("sv", "da")] // a block in a language without a voice: the default language's voice, not silence
    public void Language_tags_find_their_voice(string lang, string voice) => Assert.Equal(voice, Espeak().VoiceFor(lang));

    [Fact]
    public async Task Cancelling_kills_espeak_at_once()
    {
        using var cancel = new CancellationTokenSource();
        var sound = new FirstWriteSignal();
        var text = string.Join(' ', Enumerable.Repeat("Dette er en lang tekst, som skal læses op.", 200));
        var speaking = Espeak().WriteWavAsync([new SpeechPart("da", text)], sound, cancel.Token);
        await sound.FirstSound.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEmpty(EspeakChildren());

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => speaking);
        Assert.Empty(EspeakChildren());
    }

    /// <summary>espeak-ng processes whose parent is this test process, from /proc.</summary>
    private static List<int> EspeakChildren()
    {
        var me = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var name = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[0] is the state: a zombie (Z) is dead, only not yet reaped.
                if (name == "espeak-ng" && fields[1] == me && fields[0] != "Z")
                {
                    found.Add(int.Parse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process, or gone meanwhile.
            }
        }

        return found;
    }

    private sealed class FirstWriteSignal : MemoryStream
    {
        public TaskCompletionSource FirstSound { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await base.WriteAsync(buffer, cancellationToken);
            if (Length > 44)
            {
                FirstSound.TrySetResult();
            }

            await Task.Delay(20, cancellationToken); // a slow listener: espeak-ng is still busy when the test cancels
        }
    }
}
