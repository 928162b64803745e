namespace KioskGuide.Feed.Decoding;

public enum DecodeMode
{
    /// <summary>The kiosk: repair what can be repaired (drop a bad link, words-only schedule), quarantine the rest.</summary>
    Lenient,
    /// <summary>The central server's import: any schema problem or repair is an error, so bad data never enters the feed.</summary>
    Strict,
}
