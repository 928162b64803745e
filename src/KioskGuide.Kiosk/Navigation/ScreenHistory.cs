namespace KioskGuide.Kiosk.Navigation;

/// <summary>
/// The screens one citizen has visited, for the kiosk's own Back button (Chromium in kiosk mode has none).
/// Home starts the history over, Back pops it, and the idle reset forgets it, so no trail survives a person.
/// </summary>
public sealed class ScreenHistory
{
    private readonly List<string> _paths = [];
    private bool _goingBack;

    /// <summary>Records a navigation to <paramref name="path"/> (relative to the base, query included).</summary>
    public void Visited(string path)
    {
        if (_goingBack)
        {
            _goingBack = false;
        }
        else if (IsHome(path))
        {
            _paths.Clear();
            _paths.Add(path);
        }
        else
        {
            _paths.Add(path);
        }
    }

    /// <summary>The path Back should go to: the previous screen, or home when there is none.</summary>
    public string Back()
    {
        if (_paths.Count <= 1)
        {
            return "";
        }

        _paths.RemoveAt(_paths.Count - 1);
        _goingBack = true;
        return _paths[^1];
    }

    public void Forget()
    {
        _paths.Clear();
        _paths.Add("");
        _goingBack = false;
    }

    public static bool IsHome(string path) => path.Split('?')[0].Length == 0;
}
