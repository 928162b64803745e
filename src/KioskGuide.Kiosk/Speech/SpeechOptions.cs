using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>Read-aloud and talk-through: section "Speech". espeak-ng makes the sound on this machine, nothing leaves it.</summary>
public sealed class SpeechOptions
{
    public const string Section = "Speech";

    /// <summary>The espeak-ng program (Debian package espeak-ng); a name is looked up on PATH.</summary>
    [Required, StringLength(260, MinimumLength = 1)]
    public string Executable { get; set; } = "espeak-ng";

    /// <summary>Kiosk language → espeak-ng voice. A block in another language is read with the default language's voice.</summary>
    public Dictionary<string, string> Voices { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["da"] = "da",
        ["en"] = "en-gb",
        ["ar"] = "ar",
        ["uk"] = "uk",
    };

    /// <summary>Speaking rate: a little slower than espeak-ng's 175, for people who hear or read Danish less well.</summary>
    [Range(80, 400)]
    public int WordsPerMinute { get; set; } = 150;

    /// <summary>Longest text one request may carry (all its parts); a screen's main content is well under it.</summary>
    [Range(100, 100_000)]
    public int MaxTextChars { get; set; } = 6000;

    /// <summary>Largest request body in bytes; anything bigger is refused before it is read.</summary>
    [Range(1024, 1_000_000)]
    public int MaxRequestBytes { get; set; } = 32 * 1024;

    /// <summary>How long a speech ticket waits for the page to fetch its sound.</summary>
    [Range(1, 300)]
    public int TicketSeconds { get; set; } = 20;

    /// <summary>Volume steps of the volume button (audio element volume, 0–1), and the one every person starts with.</summary>
    public double[] VolumeSteps { get; set; } = [0.25, 0.5, 0.75, 1.0];

    [Range(0, 9)]
    public int DefaultVolumeStep { get; set; } = 2;
}

/// <summary>Voices are passed as program arguments: only plain voice names, and a step table that makes sense.</summary>
public sealed partial class SpeechOptionsValidator : IValidateOptions<SpeechOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechOptions options)
    {
        var errors = new List<string>();
        if (options.Voices.Count == 0)
        {
            errors.Add("Speech:Voices needs at least one language → voice.");
        }

        errors.AddRange(options.Voices.Where(v => !VoiceName().IsMatch(v.Value) || !VoiceName().IsMatch(v.Key))
            .Select(v => $"Speech:Voices:{v.Key} = \"{v.Value}\" is not a plain language code and espeak-ng voice name."));
        if (options.VolumeSteps.Length is 0 or > 10 || options.VolumeSteps.Any(s => s is <= 0 or > 1))
        {
            errors.Add("Speech:VolumeSteps must be 1–10 steps, each above 0 and at most 1.");
        }
        else if (options.DefaultVolumeStep >= options.VolumeSteps.Length)
        {
            errors.Add("Speech:DefaultVolumeStep must point into Speech:VolumeSteps.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex VoiceName();
}
