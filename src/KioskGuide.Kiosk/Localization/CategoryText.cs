using KioskGuide.Domain.Search;
using KioskGuide.Domain.Taxonomy;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.Localization;

namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// The home tiles' and the "who" filter's words in every kiosk language, from CategoryText*.resx
/// ("Tile_&lt;code&gt;", "Who_&lt;code&gt;"). A code with no resource (a new tile or group) keeps the domain's
/// Danish/English label, so nothing is ever blank.
/// </summary>
public sealed class CategoryText(IStringLocalizer<CategoryText> text, KioskSession session)
{
    public string Tile(BrowseCategory category) => Or("Tile_" + category.Code, category.Label(session.Language));

    public string Who(CitizenGroup group) => Or("Who_" + group.Code, group.Label(session.Language));

    private string Or(string key, string fallback)
    {
        var value = session.Text(text, key);
        return value == key ? fallback : value;
    }
}
