using System.Globalization;
using KioskGuide.Sync.Engine;

namespace KioskGuide.Sync;

/// <summary>Where sync keeps its outcome in the store's meta, for whoever reports the kiosk's state (staff mode, heartbeat).</summary>
public static class SyncStatusKeys
{
    /// <summary>The server's Date when the kiosk was last caught up (ISO 8601).</summary>
    public const string LastSuccess = SyncState.LastSuccessKey;

    /// <summary>"&lt;ISO time&gt; &lt;what went wrong&gt;" of the last failed run; empty or absent after a success.</summary>
    public const string LastError = SyncState.LastErrorKey;

    public static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    /// <summary>The words of a <see cref="LastError"/> value, without its time stamp.</summary>
    public static string ErrorWords(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && ParseTime(value[..space]) is not null ? value[(space + 1)..] : value;
    }
}
