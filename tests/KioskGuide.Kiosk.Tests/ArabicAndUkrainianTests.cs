using KioskGuide.Domain.Offers;
using KioskGuide.Kiosk.Components.Frame;
using KioskGuide.Kiosk.Components.Offers;

namespace KioskGuide.Kiosk.Tests;

/// <summary>Arabic and Ukrainian screens: the feed's translation where there is one, times kept left-to-right, the right keyboard.</summary>
public sealed class ArabicAndUkrainianTests : KioskComponentTest
{
    private static readonly Offer Translated = TestOffers.Make("Søndagsmiddag") with
    {
        Description = "Vi spiser steg og dessert.",
        Translations = new Dictionary<string, OfferTranslation>
        {
            ["ar"] = new() { Name = "غداء يوم الأحد", Summary = "غداء حقيقي يوم الأحد." },
        },
    };

    private IRenderedComponent<OfferDetail> Detail(string language)
    {
        UseOffers(Translated);
        Session.SetLanguage(language);
        return Render<OfferDetail>(p => p.Add(d => d.Id, Translated.Id).AddCascadingValue("Language", language));
    }

    [Fact]
    public void Arabic_detail_shows_the_arabic_name_and_marks_the_danish_fallback()
    {
        var screen = Detail("ar");

        var name = screen.Find("h1");
        Assert.Equal("غداء يوم الأحد", name.TextContent.Trim());
        Assert.Equal("ar", name.GetAttribute("lang"));
        var description = screen.Find("[data-testid='description']");
        Assert.Equal("da", description.GetAttribute("lang"));
        Assert.Contains("steg", description.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_dates_use_arabic_day_names_and_isolate_the_times_left_to_right()
    {
        var dates = Detail("ar").Find("[data-testid='next-dates']").TextContent;

        Assert.Contains('\u2066', dates);
        Assert.Contains('\u2069', dates);
        Assert.Matches("\u2066\\d\\d:\\d\\d–\\d\\d:\\d\\d\u2069", dates);
        Assert.True(dates.Any(c => c is >= '\u0600' and <= '\u06FF'), dates);
        Assert.DoesNotContain("day", dates, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ukrainian_dates_use_ukrainian_month_names()
    {
        var dates = Detail("uk").Find("[data-testid='next-dates']").TextContent;
        // Monday 23 November 2026: "листопада" is November in the genitive, as a date is written.
        Assert.Contains("листопада", dates, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da", "æ", "ø", "å")]
    [InlineData("ar", "ض", "ء", "ة")]
    [InlineData("uk", "ї", "є", "ґ")]
    public void The_keyboard_types_in_the_citizens_alphabet(string language, string a, string b, string c)
    {
        Session.SetLanguage(language);
        var text = "";
        var keyboard = Render<OnScreenKeyboard>(p => p.Add(k => k.Text, text).Add(k => k.OnTextChanged, (string value) => text = value));

        foreach (var key in new[] { a, b, c })
        {
            Assert.Single(keyboard.FindAll($"[data-key='{key}']"));
        }

        keyboard.Find($"[data-key='{a}']").Click();
        Assert.Equal(a, text);
        Assert.Equal(language == "ar" ? "rtl" : "ltr", keyboard.Find("[data-testid='keyboard']").GetAttribute("dir"));
    }
}
