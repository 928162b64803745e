using System.Globalization;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// Whether this screen is in staff mode (one per circuit); the closed page and the layout listen. Also the language
/// the staff member reads staff mode in: Danish until they switch, Danish again for the next one.
/// </summary>
public sealed class StaffSession(StaffActions actions)
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public bool Active { get; private set; }

    public CultureInfo Culture { get; private set; } = Danish;

    public event Action? Changed;

    public void Enter()
    {
        Active = true;
        Changed?.Invoke();
    }

    public void SwitchLanguage()
    {
        Culture = Culture.Equals(Danish) ? English : Danish;
        Changed?.Invoke();
    }

    public void Leave()
    {
        Culture = Danish;
        if (Active)
        {
            Active = false;
            actions.Left();
            Changed?.Invoke();
        }
    }
}
