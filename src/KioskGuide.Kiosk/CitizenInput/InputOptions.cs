using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>Section "Input": the anonymous questionnaire and where answers are sent.</summary>
public sealed class InputOptions
{
    public const string Section = "Input";

    /// <summary>
    /// The kiosk-config default questionnaire (JSON), asked until the central server delivers one;
    /// empty: the built-in "Flere i fællesskaber".
    /// </summary>
    public string? QuestionnaireFile { get; set; }

    /// <summary>The central server: answers are uploaded to it and the questionnaire comes from it; empty: answers wait in the local outbox.</summary>
    public Uri? ServerUrl { get; set; }

    /// <summary>This kiosk's API token for the central server.</summary>
    public string? KioskToken { get; set; }

    /// <summary>At most this many answers a minute from this kiosk, so one prankster cannot flood the plan.</summary>
    [Range(1, 60)]
    public int MaxAnswersPerMinute { get; set; } = 3;

    /// <summary>Seconds between upload rounds when nothing is due.</summary>
    [Range(1, 3600)]
    public int UploadIntervalSeconds { get; set; } = 30;

    /// <summary>Seconds between checks for a new questionnaire on the central server.</summary>
    [Range(5, 86_400)]
    public int QuestionnaireRefreshSeconds { get; set; } = 300;
}
