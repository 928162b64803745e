using System.Globalization;
using System.Resources;

namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// The "About this screen" words (DemandText.resx, Danish; .en, .ar, .uk beside it), kept apart from UiText so the
/// move of the UI strings to resx does not collide with them. Read in the screen's language, not the thread's: one
/// kiosk host serves one screen whose language the citizen switches.
/// </summary>
public sealed class DemandText
{
    private static readonly ResourceManager Resources = new(typeof(DemandText));

    public static string Get(string name, string language) =>
        Resources.GetString(name, CultureInfo.GetCultureInfo(language)) ?? Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
