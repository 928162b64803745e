using System.Buffers.Binary;
using System.Diagnostics;

namespace KioskGuide.Kiosk.Tests.Speech;

/// <summary>Reads the 16-bit samples of a WAV and measures them; runs espeak-ng directly as a reference.</summary>
internal static class Wav
{
    public static short[] Samples(byte[] wav)
    {
        Assert.True(wav.Length >= 44 && wav.AsSpan(0, 4).SequenceEqual("RIFF"u8) && wav.AsSpan(36, 4).SequenceEqual("data"u8), "not a WAV with a 44-byte header");
        var samples = new short[(wav.Length - 44) / 2];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + (2 * i)));
        }

        return samples;
    }

    /// <summary>Root mean square of the samples, on the 16-bit scale (0–32,767).</summary>
    public static double Rms(short[] samples) => samples.Length == 0 ? 0 : Math.Sqrt(samples.Average(s => (double)s * s));

    /// <summary>espeak-ng's own WAV for the text, with the voice and rate the kiosk uses.</summary>
    public static async Task<byte[]> EspeakAsync(string voice, string text, int wordsPerMinute)
    {
        var start = new ProcessStartInfo("espeak-ng") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--stdin", "--stdout", "-b", "1", "-v", voice, "-s", wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        using var sound = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(sound);
        await process.WaitForExitAsync();
        return sound.ToArray();
    }
}
