namespace KioskGuide.Kiosk.Localization;

/// <summary>A UI text in every language the kiosk speaks. Both are required, so no screen is half-translated.</summary>
public sealed record LocalizedText(string Da, string En)
{
    public string For(string language) => language == "da" ? Da : En;
}
