namespace KioskGuide.Kiosk.Staff;

/// <summary>Whether this screen is in staff mode (one per circuit); the closed page and the layout listen.</summary>
public sealed class StaffSession(StaffActions actions)
{
    public bool Active { get; private set; }

    public event Action? Changed;

    public void Enter()
    {
        Active = true;
        Changed?.Invoke();
    }

    public void Leave()
    {
        if (Active)
        {
            Active = false;
            actions.Left();
            Changed?.Invoke();
        }
    }
}
