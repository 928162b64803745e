using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>
/// Speech from espeak-ng, one process per part, streamed as one WAV while it is made (the first sound goes out
/// after a few milliseconds, not after the whole text). The text goes in on standard input, never on the command
/// line (other users can read a process's arguments); only the voice and rate are arguments. Cancelling kills the
/// process, so a stopped or abandoned reading costs nothing.
/// </summary>
public sealed class EspeakSynthesizer(IOptions<SpeechOptions> options, ILogger<EspeakSynthesizer> logger)
{
    /// <summary>espeak-ng's output format, the same for every voice: 22,050 Hz, mono, 16-bit PCM.</summary>
    public const int SampleRate = 22050;

    private const int EspeakHeaderBytes = 44;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The voice for a language tag ("en-GB" → the "en" voice); other languages get the default language's.</summary>
    public string VoiceFor(string lang)
    {
        var voices = options.Value.Voices;
        if (voices.TryGetValue(lang, out var voice) || voices.TryGetValue(lang.Split('-')[0], out voice))
        {
            return voice;
        }

        return voices.Values.First();
    }

    /// <summary>Writes a WAV header, then each part's sound as it is made. Returns when all is written or on cancellation.</summary>
    public async Task WriteWavAsync(IReadOnlyList<SpeechPart> parts, Stream output, CancellationToken cancel)
    {
        await output.WriteAsync(StreamingHeader(), cancel);
        foreach (var part in parts)
        {
            var text = Clean(part.Text);
            if (text.Length > 0)
            {
                await SpeakAsync(VoiceFor(part.Lang), text, output, cancel);
            }
        }
    }

    /// <summary>A WAV header for a stream of unknown length (the size fields say "very long", as espeak-ng's own do).</summary>
    public static byte[] StreamingHeader()
    {
        const uint dataBytes = 0x7FFFF000;
        var h = new byte[EspeakHeaderBytes];
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), dataBytes + 36);
        "WAVEfmt "u8.CopyTo(h.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(20), 1); // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(22), 1); // mono
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(34), 16);
        "data"u8.CopyTo(h.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(40), dataBytes);
        return h;
    }

    private async Task SpeakAsync(string voice, string text, Stream output, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(options.Value.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
        };
        foreach (var argument in new[] { "--stdin", "--stdout", "-b", "1", "-v", voice, "-s", options.Value.WordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("espeak-ng did not start.");
        using var kill = cancel.Register(() => Kill(process));
        // Its messages could quote the text: read and dropped, never logged.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        long written = 0;
        try
        {
            await process.StandardInput.WriteAsync(text.AsMemory(), cancel);
            process.StandardInput.Close();

            var sound = process.StandardOutput.BaseStream;
            var buffer = new byte[4096];
            int skip = EspeakHeaderBytes; // one header for the whole stream: each part's own is dropped
            int read;
            while ((read = await sound.ReadAsync(buffer, cancel)) > 0)
            {
                int from = Math.Min(skip, read);
                skip -= from;
                if (read > from)
                {
                    await output.WriteAsync(buffer.AsMemory(from, read - from), cancel);
                    await output.FlushAsync(cancel); // out at once: this is what makes the first sound early
                    written += read - from;
                }
            }

            await process.WaitForExitAsync(cancel);
            if (process.ExitCode != 0)
            {
                logger.LogWarning("espeak-ng (voice {Voice}) exited with {ExitCode}.", voice, process.ExitCode);
            }
        }
        finally
        {
            Kill(process);
            _ = await errors;
            // Sizes and voice only: what was read aloud is the citizen's business.
            logger.LogDebug("espeak-ng voice {Voice}: {Chars} characters, {Bytes} bytes of sound in {Ms} ms.", voice, text.Length, written, clock.ElapsedMilliseconds);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Control characters out (a line break stays a pause), so nothing but words reaches espeak-ng.</summary>
    internal static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
        }

        return sb.ToString().Trim();
    }
}
