using System.Globalization;

namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// Sets the thread's culture for the length of one synchronous resource lookup. IStringLocalizer reads
/// CultureInfo.CurrentUICulture, but a Blazor circuit's culture is fixed at connect and cannot follow a citizen's
/// language button, so each lookup sets it and puts it back.
/// </summary>
internal readonly ref struct UiCultureScope
{
    private readonly CultureInfo _previousUi;
    private readonly CultureInfo _previous;

    public UiCultureScope(CultureInfo culture)
    {
        _previousUi = CultureInfo.CurrentUICulture;
        _previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _previousUi;
        CultureInfo.CurrentCulture = _previous;
    }
}
