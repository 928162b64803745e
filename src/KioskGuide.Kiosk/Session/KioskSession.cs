using System.Globalization;
using KioskGuide.Domain.Search;
using KioskGuide.Domain.Text;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Session;

/// <summary>
/// Everything one citizen has chosen on the screen. Lives for one Blazor circuit; <see cref="Reset"/>
/// wipes it between citizens so nothing of one person's visit is seen by the next.
/// </summary>
public sealed class KioskSession
{
    private readonly IStringLocalizer<UiText> _text;
    private readonly KioskLanguage _default;
    private KioskLanguage _current;

    public KioskSession(IOptions<KioskOptions> options, IStringLocalizer<UiText> text)
    {
        _text = text;
        Languages = KioskLanguages.From(options.Value);
        _default = Languages.FirstOrDefault(l => l.Code == options.Value.DefaultLanguage) ?? Languages[0];
        _current = _default;
    }

    /// <summary>The languages the citizen can choose, in the chooser's order (section "Kiosk", Languages).</summary>
    public IReadOnlyList<KioskLanguage> Languages { get; }

    /// <summary>The citizen's language code, e.g. "da" or "ar": the lang attribute and the feed translation to show.</summary>
    public string Language => _current.Code;

    /// <summary>Dates, times and numbers in the citizen's language (Gregorian calendar, Western digits).</summary>
    public CultureInfo Culture => _current.Culture;

    /// <summary>"rtl" for Arabic, else "ltr".</summary>
    public string Direction => _current.Direction;

    public bool LargeText { get; private set; }

    public bool HighContrast { get; private set; }

    /// <summary>Text typed on the on-screen keyboard; never stored anywhere else.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The search screen shows its keyboard (true) or gives the results the whole screen (false).</summary>
    public bool SearchKeyboardOpen { get; private set; } = true;

    /// <summary>Filters chosen on the results screen (the category comes from the tile).</summary>
    public OfferFilter Filter { get; private set; } = OfferFilter.None;

    /// <summary>A half-written answer to the questionnaire; dropped by <see cref="Reset"/>.</summary>
    public CitizenInput.ResponseDraft? Draft { get; set; }

    /// <summary>
    /// Raised when something the whole frame shows changes (language, text size, contrast, a reset).
    /// Typing and filtering re-render only their own screen, which keeps a tap within a frame or two.
    /// </summary>
    public event Action? Changed;

    /// <summary>A UI text (a <see cref="UiText"/> key) in the citizen's language; Danish where a language lacks it.</summary>
    public string T(string key) => Text(_text, key);

    public string T(string key, params object[] args) => Text(_text, key, args);

    /// <summary>A UI text in a given language, e.g. the attract screen's line in a second language.</summary>
    public string TIn(KioskLanguage language, string key) => Lookup(_text, language.Culture, key);

    /// <summary>
    /// A text from any feature's own resources (IStringLocalizer&lt;MyWeekText&gt;) in the citizen's language, with
    /// its arguments formatted for that language. The one way to read kiosk texts, since the circuit's culture does
    /// not follow the language button.
    /// </summary>
    public string Text(IStringLocalizer localizer, string key, params object[] args)
    {
        var format = Lookup(localizer, Culture, key);
        return args.Length == 0 ? format : string.Format(Culture, format, args);
    }

    /// <summary>The language's name in that language, for the chooser: "Dansk", "العربية", "Українська".</summary>
    public string Endonym(KioskLanguage language) => Lookup(_text, language.Culture, UiText.LanguageName);

    /// <summary>A language code as a name in the citizen's language, e.g. "ar" → "Arabisk" / "Arabic" / "العربية".</summary>
    public string LanguageName(string code)
    {
        var name = Find(_text, Culture, UiText.LanguageNameOf(code));
        if (!name.ResourceNotFound)
        {
            return name.Value;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>Switches to a configured language; anything else is ignored.</summary>
    public void SetLanguage(string code)
    {
        if (Languages.FirstOrDefault(l => l.Code == code) is { } language && language != _current)
        {
            _current = language;
            Changed?.Invoke();
        }
    }

    /// <summary>The next configured language, round the list.</summary>
    public void SwitchLanguage()
    {
        var next = (Languages.ToList().IndexOf(_current) + 1) % Languages.Count;
        _current = Languages[next];
        Changed?.Invoke();
    }

    public void ToggleLargeText()
    {
        LargeText = !LargeText;
        Changed?.Invoke();
    }

    public void ToggleHighContrast()
    {
        HighContrast = !HighContrast;
        Changed?.Invoke();
    }

    /// <summary>The typed text, without zero-width or bidi-control characters (a pasted or odd input cannot hide in it).</summary>
    public void SetQuery(string query) => Query = InvisibleCharacters.Strip(query ?? "");

    public void SetSearchKeyboardOpen(bool open) => SearchKeyboardOpen = open;

    public void SetFilter(OfferFilter filter) => Filter = filter;

    /// <summary>Back to the state a new citizen finds: default language, normal text, nothing typed or chosen.</summary>
    public void Reset()
    {
        _current = _default;
        LargeText = false;
        HighContrast = false;
        Query = "";
        SearchKeyboardOpen = true;
        Filter = OfferFilter.None;
        Draft = null;
        Changed?.Invoke();
    }

    private static string Lookup(IStringLocalizer localizer, CultureInfo culture, string key) => Find(localizer, culture, key).Value;

    private static LocalizedString Find(IStringLocalizer localizer, CultureInfo culture, string key)
    {
        using var scope = new UiCultureScope(culture);
        return localizer[key];
    }
}
