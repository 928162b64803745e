using System.Text.RegularExpressions;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// E-mail addresses, written plainly or around spam filters: "jens@gmail.com", "jens (at) gmail (dot) com",
/// "jens[at]gmail[.]com", "jens at gmail dot com", "jens snabel-a gmail punktum dk", "jens @ gmail . com", and —
/// as the kiosk's on-screen keyboard has no "@" or "." — "jens gmail com" when the middle word is a known mail
/// provider. Written-out "at"/"dot" and spaced forms need a known top-level domain, so "we meet at the library"
/// and "vi er mange @ biblioteket" stay.
/// </summary>
internal static class EmailDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
        | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    private const string Tlds =
        "com|dk|net|org|eu|info|biz|de|se|no|fi|is|nl|be|fr|uk|co\\.uk|ua|pl|tr|ru|io|nu|online|email|gov|edu|ch|es|ro|lt|lv|ee|ir|iq|sy|lb|pk|af|vn";

    // After a provider word with no "@" or "." at all, only domains that are not also Danish or English words
    // ("de", "at", "it", "is", "be", "me", "no" are).
    private const string KeyboardTlds = "com|dk|net|org|eu|info|se|uk|ua|pl|ru|online";

    private const string Providers =
        "gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|aol|mail|email|protonmail|proton|gmx|yandex|ukr|"
        + "jubii|stofanet|youmail|webspeed|get2net|tdcadsl|ofir|mail\\.dk|i\\.ua|meta\\.ua|bigmir|mail\\.ru";

    // Words that stand for "@" and "." when written out. Bracketed ("(at)", "[dot]") they are strong; bare only
    // when a known top-level domain ends the address.
    private const string AtWord = "at|a|snabel-?a|snabel\\x20a|æt|ät|собака|равлик|ет";
    private const string DotWord = "dot|punktum|prik|punkt|крапка|точка|نقطة|\\.";

    private const string Local = @"[\p{L}\p{N}_%+\-]+";
    private const string Label = @"[\p{L}\p{N}\-]+";

    private static readonly Regex Plain = new(
        $$"""
        (?<![\p{L}\p{N}._%+\-@])
        {{Local}}(?:\.{{Local}})*
        @
        {{Label}}(?:\.{{Label}})*\.\p{L}{2,}
        (?![\p{L}\p{N}@])
        """,
        Options,
        Timeout);

    // "jens . hansen @ gmail . com": spaces around "@" and ".", so the end must be a known domain.
    private static readonly Regex Spaced = new(
        $$"""
        (?<![\p{L}\p{N}._%+\-@])
        {{Local}}(?:\x20?\.\x20?{{Local}})*
        \x20?@\x20?
        {{Label}}(?:\x20?\.\x20?{{Label}})*\x20?\.\x20?(?:{{Tlds}})
        (?![\p{L}\p{N}])
        """,
        Options,
        Timeout);

    // "(at)", "[at]", "{at}", "<at>", "(snabel-a)" and "(dot)", "[.]", "(punktum)": bracketed words.
    private static readonly Regex Bracketed = new(
        $$"""
        (?<![\p{L}\p{N}._%+\-])
        {{Local}}(?:(?:\x20?[(\[{<]\x20?(?:{{DotWord}})\x20?[)\]}>]\x20?|\.){{Local}})*
        \x20?[(\[{<]\x20?(?:{{AtWord}}|@)\x20?[)\]}>]\x20?
        {{Label}}(?:(?:\x20?[(\[{<]\x20?(?:{{DotWord}})\x20?[)\]}>]\x20?|\.|\x20(?:{{DotWord}})\x20){{Label}})*
        (?:\x20?[(\[{<]\x20?(?:{{DotWord}})\x20?[)\]}>]\x20?|\.|\x20(?:{{DotWord}})\x20)\p{L}{2,}
        (?![\p{L}\p{N}])
        """,
        Options,
        Timeout);

    // "jens dot hansen at gmail dot com", "jens snabel-a gmail punktum dk": bare words, a known domain at the end.
    private static readonly Regex Worded = new(
        $$"""
        (?<![\p{L}\p{N}._%+\-])
        {{Local}}(?:\x20(?:{{DotWord}})\x20{{Local}})*
        \x20(?:{{AtWord}})\x20
        {{Label}}(?:\x20(?:{{DotWord}})\x20{{Label}})*
        \x20?(?:\x20(?:{{DotWord}})\x20|\.)(?:{{Tlds}})
        (?![\p{L}\p{N}])
        """,
        Options,
        Timeout);

    // "jens hotmail com", "jensjensen gmail dk", "karen at gmail com": the kiosk keyboard has neither "@" nor ".".
    private static readonly Regex Keyboard = new(
        $$"""
        (?<![\p{L}\p{N}._%+\-])
        {{Local}}
        \x20(?:(?:{{AtWord}})\x20)?
        (?:{{Providers}})
        \x20(?:(?:{{DotWord}})\x20)?
        (?:{{KeyboardTlds}})
        (?![\p{L}\p{N}])
        """,
        Options,
        Timeout);

    public static void Find(string view, List<PiiSpan> spans)
    {
        foreach (var pattern in new[] { Plain, Spaced, Bracketed, Worded, Keyboard })
        {
            foreach (Match match in pattern.Matches(view))
            {
                spans.Add(new PiiSpan(match.Index, match.Length, PiiKinds.Email));
            }
        }
    }
}
