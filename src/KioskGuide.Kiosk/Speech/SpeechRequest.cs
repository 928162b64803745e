namespace KioskGuide.Kiosk.Speech;

/// <summary>One stretch of text in one language: a Danish offer text on an English screen keeps its Danish voice.</summary>
public sealed record SpeechPart(string Lang, string Text);

/// <summary>What the page asks to hear. <see cref="Session"/> is the key the page's circuit gave it (see <see cref="SpeechState"/>).</summary>
public sealed record SpeechRequest(string Session, IReadOnlyList<SpeechPart> Parts)
{
    public int TotalChars => Parts.Sum(p => p.Text.Length);
}
