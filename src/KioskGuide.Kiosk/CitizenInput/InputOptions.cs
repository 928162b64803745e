using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>Section "Input": the anonymous questionnaire and where answers are sent.</summary>
public sealed class InputOptions : IValidatableObject
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

    /// <summary>
    /// An answer is held back a random time between this and <see cref="UploadHoldMaxMinutes"/> before it may be
    /// sent, so the moment it reaches the server says nothing about when the citizen stood at the kiosk.
    /// </summary>
    [Range(0, 1440)]
    public int UploadHoldMinMinutes { get; set; } = 10;

    [Range(0, 1440)]
    public int UploadHoldMaxMinutes { get; set; } = 90;

    /// <summary>Answers are sent together, in random order, once this many are due…</summary>
    [Range(1, 50)]
    public int UploadBatchSize { get; set; } = 5;

    /// <summary>…or once the oldest due one has waited this long for others (a quiet kiosk still sends its answers).</summary>
    [Range(0, 168)]
    public int UploadBatchMaxWaitHours { get; set; } = 12;

    /// <summary>An answer the server refused for good is kept this many days for staff to see, then deleted.</summary>
    [Range(1, 365)]
    public int RejectedRetentionDays { get; set; } = 30;

    /// <summary>Seconds between checks for a new questionnaire on the central server.</summary>
    [Range(5, 86_400)]
    public int QuestionnaireRefreshSeconds { get; set; } = 300;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UploadHoldMaxMinutes < UploadHoldMinMinutes)
        {
            yield return new ValidationResult(
                $"Input:UploadHoldMaxMinutes ({UploadHoldMaxMinutes}) must be at least Input:UploadHoldMinMinutes ({UploadHoldMinMinutes}).",
                [nameof(UploadHoldMaxMinutes)]);
        }

        if (ServerUrl is { } server && !string.IsNullOrEmpty(KioskToken) && !KioskTokenTransport.MaySend(server))
        {
            yield return new ValidationResult(
                $"Input:ServerUrl {server} is plain http to a host that is not this machine: the kiosk token would cross the network "
                + "readable. Use https (or a loopback address for a local test).",
                [nameof(ServerUrl)]);
        }
    }
}
