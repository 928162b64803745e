using System.Globalization;
using KioskGuide.Kiosk.Localization;
using Microsoft.Extensions.Localization;

namespace KioskGuide.Kiosk.Speech;

/// <summary>
/// SpeechText in a given kiosk language. The localizer reads the current UI culture, which in a circuit is the
/// browser's, not the language the citizen chose: so it is set for the look-up and put back at once.
/// </summary>
public sealed class SpeechWords(IStringLocalizer<SpeechText> text)
{
    public string Get(string language, string key, params object[] args)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return args.Length == 0 ? text[key] : text[key, args];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
