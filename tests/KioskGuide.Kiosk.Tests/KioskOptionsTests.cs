using System.ComponentModel.DataAnnotations;
using KioskGuide.Kiosk.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Kiosk.Tests;

public sealed class KioskOptionsTests
{
    private static List<ValidationResult> Validate(KioskOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Defaults_are_valid() => Assert.Empty(Validate(new KioskOptions()));

    [Theory]
    [InlineData(19)]
    [InlineData(0)]
    public void A_warning_shorter_than_20_seconds_is_refused(int seconds)
    {
        var errors = Validate(new KioskOptions { IdleWarningSeconds = seconds });
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(KioskOptions.IdleWarningSeconds)));
    }

    [Theory]
    [InlineData("Åbæk Bibliotek")]
    [InlineData("a")]
    [InlineData("UPPER")]
    public void Site_id_must_be_a_plain_slug(string siteId) =>
        Assert.Contains(Validate(new KioskOptions { SiteId = siteId }), e => e.MemberNames.Contains(nameof(KioskOptions.SiteId)));

    [Fact]
    public void The_default_language_must_be_one_of_the_languages() =>
        Assert.Contains(Validate(new KioskOptions { DefaultLanguage = "de" }), e => e.MemberNames.Contains(nameof(KioskOptions.DefaultLanguage)));

    [Fact]
    public void A_language_named_twice_is_refused() =>
        Assert.Contains(Validate(new KioskOptions { Languages = ["da-DK", "da"] }), e => e.MemberNames.Contains(nameof(KioskOptions.Languages)));

    [Fact]
    public void Arabic_alone_is_written_right_to_left_with_gregorian_dates()
    {
        var arabic = KioskGuide.Kiosk.Localization.KioskLanguages.Parse("ar");
        Assert.Equal(("ar", "rtl"), (arabic.Code, arabic.Direction));
        Assert.IsType<System.Globalization.GregorianCalendar>(arabic.Culture.DateTimeFormat.Calendar);
    }

    [Fact]
    public void Data_directory_defaults_to_a_folder_named_after_the_site()
    {
        var folder = new KioskOptions { SiteId = "kildevang-1" }.ResolveDataDirectory();
        Assert.EndsWith(Path.Combine("KioskGuide", "kildevang-1"), folder, StringComparison.Ordinal);
    }
}

public sealed class SiteConfigFileTests
{
    [Fact]
    public async Task The_command_line_wins_over_the_site_file_and_the_site_file_over_the_defaults()
    {
        string file = Path.Combine(Path.GetTempPath(), $"kioskguide-site-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "Kiosk": { "SiteName": "Kildevang Sundhedshus", "IdleTimeoutSeconds": 150 } }""");
        try
        {
            await using var app = KioskApp.Build(["--config", file, "--Kiosk:IdleTimeoutSeconds=120", "--applicationName=KioskGuide.Kiosk"]);
            var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KioskOptions>>().Value;
            Assert.Equal("Kildevang Sundhedshus", options.SiteName);
            Assert.Equal(120, options.IdleTimeoutSeconds);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_site_file_that_names_two_languages_offers_exactly_those_two()
    {
        string file = Path.Combine(Path.GetTempPath(), $"kioskguide-site-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "Kiosk": { "Languages": [ "da-DK", "uk-UA" ] } }""");
        try
        {
            await using var app = KioskApp.Build(["--config", file, "--applicationName=KioskGuide.Kiosk"]);
            var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KioskOptions>>().Value;
            Assert.Equal(["da-DK", "uk-UA"], options.LanguagesInUse);
            Assert.Equal(["da-DK", "en-GB", "ar-SY", "uk-UA"], new KioskOptions().LanguagesInUse);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
