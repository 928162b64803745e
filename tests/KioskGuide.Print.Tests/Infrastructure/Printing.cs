using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Templates;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Print.Tests.Infrastructure;

/// <summary>The shipped templates, fonts and demo offers, with a clock at Monday 23 November 2026, 10:00 in Copenhagen.</summary>
public static class Printing
{
    public static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly FontCatalogue Fonts = new();

    public static string TemplateDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "print-templates");

    public static TemplateStore Templates { get; } = new(TemplateDirectory, Fonts);

    public static IReadOnlyList<Offer> Offers { get; } = DemoOffers.Load();

    public static PrintComposer Composer(TimeProvider? time = null) => new(Templates, time ?? new FakeTimeProvider(Monday10));

    public static PrintRequest Request(PaperSize? paper = null, string language = "da") => new()
    {
        Paper = paper,
        Language = language,
        SiteName = "Åbæk Bibliotek",
        MunicipalityName = DemoOffers.MunicipalityName,
    };

    public static Offer Demo(string name) => Offers.Single(o => o.Name == name);

    /// <summary>The offer with its words on joining four times over: too much for one page whatever is left out.</summary>
    public static Offer Lengthened(Offer offer) => offer with { JoinNote = string.Join(" ", Enumerable.Repeat(offer.JoinNote, 4)) };
}
