using System.Text.RegularExpressions;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// Finds HTML tags in texts. Texts are kept exactly as published and the kiosk renders them as text
/// (Blazor encodes), so a tag is shown, never run; noticing it tells staff the publisher sent markup.
/// </summary>
public static partial class Markup
{
    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tag();

    public static bool ContainsTag(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Tag().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // Pathological input; calling it markup errs on the side of telling staff.
        }
    }
}
