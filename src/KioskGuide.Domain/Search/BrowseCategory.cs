namespace KioskGuide.Domain.Search;

/// <summary>A home-screen tile: plain words for a group of offers.</summary>
/// <param name="Code">Stable code, used in URLs and filters.</param>
/// <param name="Da">Danish label.</param>
/// <param name="En">English label.</param>
/// <param name="Icon">Name of the icon the UI draws for it.</param>
public sealed record BrowseCategory(string Code, string Da, string En, string Icon)
{
    public string Label(string language) => language == "da" ? Da : En;
}
