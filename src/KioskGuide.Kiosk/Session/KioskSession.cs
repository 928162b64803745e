using KioskGuide.Domain.Search;
using KioskGuide.Domain.Text;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Localization;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Session;

/// <summary>
/// Everything one citizen has chosen on the screen. Lives for one Blazor circuit; <see cref="Reset"/>
/// wipes it between citizens so nothing of one person's visit is seen by the next.
/// </summary>
public sealed class KioskSession(IOptions<KioskOptions> options)
{
    private readonly string _defaultLanguage = options.Value.DefaultLanguage;

    public string Language { get; private set; } = options.Value.DefaultLanguage;

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

    public string T(LocalizedText text) => text.For(Language);

    public string T(LocalizedText text, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.GetCultureInfo(Language == "da" ? "da-DK" : "en-GB"), text.For(Language), args);

    public void SwitchLanguage()
    {
        var next = (KioskLanguages.All.ToList().IndexOf(Language) + 1) % KioskLanguages.All.Count;
        Language = KioskLanguages.All[next];
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
        Language = _defaultLanguage;
        LargeText = false;
        HighContrast = false;
        Query = "";
        SearchKeyboardOpen = true;
        Filter = OfferFilter.None;
        Draft = null;
        Changed?.Invoke();
    }
}
