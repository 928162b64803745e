namespace KioskGuide.Feed.Mapping;

/// <summary>
/// The only links a kiosk may show or print as a QR code: absolute http, https and tel addresses.
/// Anything else (javascript:, data:, file:, relative paths) is dropped, never shown.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, "tel"];

    /// <summary>The link, or null with <paramref name="problem"/> saying why it was dropped.</summary>
    public static Uri? Parse(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // On Unix "/path" parses as an absolute file: URI; the scheme check below drops it.
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            problem = $"dropped the link '{Shorten(text)}' (not an absolute address)";
            return null;
        }

        if (!AllowedSchemes.Contains(uri.Scheme, StringComparer.Ordinal))
        {
            problem = $"dropped the link '{Shorten(text)}' (scheme '{uri.Scheme}' is not http, https or tel)";
            return null;
        }

        return uri;
    }

    public static bool IsAllowed(string? text) => Parse(text, out _) is not null;

    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
