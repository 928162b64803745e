namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// The on-screen keyboard's letter rows per language: the alphabet a person types in, laid out as on that
/// language's own keyboards (Danish QWERTY with æøå, Arabic PC layout, Ukrainian ЙЦУКЕН). A language without a
/// layout here gets the Danish one, which also serves English.
/// </summary>
public static class KeyboardLayouts
{
    private static readonly string[][] Danish =
    [
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "å"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l", "æ", "ø"],
        ["z", "x", "c", "v", "b", "n", "m", ",", ".", "-"],
    ];

    // The Arabic PC layout's letter keys; the hamza carriers and alef forms in a fourth row instead of behind Shift.
    private static readonly string[][] Arabic =
    [
        ["ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج"],
        ["ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط"],
        ["ذ", "ئ", "ء", "ؤ", "ر", "ى", "ة", "و", "ز", "ظ", "د"],
        ["أ", "إ", "آ", "،", ".", "-"],
    ];

    // ЙЦУКЕН with і, ї, є, ґ and the apostrophe Ukrainian spells with (п'ятниця, м'яч).
    private static readonly string[][] Ukrainian =
    [
        ["й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ї"],
        ["ф", "і", "в", "а", "п", "р", "о", "л", "д", "ж", "є"],
        ["я", "ч", "с", "м", "и", "т", "ь", "б", "ю", "ґ", "'"],
        [",", ".", "-"],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> LettersFor(string language) => language switch
    {
        "ar" => Arabic,
        "uk" => Ukrainian,
        _ => Danish,
    };

    /// <summary>The layer key's face on the letters layer: a few letters of that alphabet.</summary>
    public static string LettersFace(string language) => language switch
    {
        "ar" => "أبج",
        "uk" => "абв",
        _ => "abc",
    };
}
