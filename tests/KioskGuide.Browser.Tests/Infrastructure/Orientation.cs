namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>The kiosk's real screen sizes.</summary>
public sealed record Orientation(string Name, int Width, int Height)
{
    public static readonly Orientation Landscape = new("landscape", 1920, 1080);
    public static readonly Orientation Portrait = new("portrait", 1080, 1920);

    public static Orientation Parse(string name) => name switch
    {
        "landscape" => Landscape,
        "portrait" => Portrait,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "landscape or portrait"),
    };

    public override string ToString() => Name;
}
