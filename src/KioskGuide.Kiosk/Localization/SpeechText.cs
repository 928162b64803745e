namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// The words of read-aloud and talk-through (SpeechText.resx: Danish; .en, .ar, .uk), read through
/// IStringLocalizer&lt;SpeechText&gt;. The names below are the resource keys, so a typo does not compile.
/// </summary>
public sealed class SpeechText
{
    public const string SpeechControls = nameof(SpeechControls);
    public const string ReadAloud = nameof(ReadAloud);
    public const string TalkThrough = nameof(TalkThrough);
    public const string Volume = nameof(Volume);
    public const string VolumeLevel = nameof(VolumeLevel);
    public const string SayButton = nameof(SayButton);
    public const string SayLink = nameof(SayLink);
    public const string SayTextField = nameof(SayTextField);
    public const string SayOn = nameof(SayOn);
    public const string SayOff = nameof(SayOff);
    public const string SayUnavailable = nameof(SayUnavailable);
    public const string SayTapAgain = nameof(SayTapAgain);
    public const string SayHeading = nameof(SayHeading);
    public const string SayList = nameof(SayList);
    public const string SayListOne = nameof(SayListOne);
    public const string SayItemOf = nameof(SayItemOf);
    public const string SayTalkThroughOn = nameof(SayTalkThroughOn);
    public const string SayTalkThroughOff = nameof(SayTalkThroughOff);
    public const string SayNothing = nameof(SayNothing);

    /// <summary>Every key, for the test that each language has each one.</summary>
    public static readonly IReadOnlyList<string> Keys = [SpeechControls, ReadAloud, TalkThrough, Volume, VolumeLevel, SayButton, SayLink, SayTextField, SayOn, SayOff, SayUnavailable, SayTapAgain, SayHeading, SayList, SayListOne, SayItemOf, SayTalkThroughOn, SayTalkThroughOff, SayNothing];

    private SpeechText()
    {
    }
}
