using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.Feed.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Tests;

/// <summary>
/// A folder can hold the kiosk's appsettings.json beside the server's central-settings.json (tests and tools that
/// reference both hosts): the server must read its own file whatever else lies there, and the command line wins.
/// </summary>
public sealed class CentralSettingsTests
{
    [Fact]
    public async Task The_server_reads_central_settings_json_from_its_content_root_beside_a_kiosk_appsettings_json()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kioskguide-settings-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "Kiosk": { "SiteId": "a-kiosk" }, "Feed": { "PageSize": 7 } }""");
        File.WriteAllText(Path.Combine(folder, CentralSettings.FileName), """
            { "Feed": { "PageSize": 123, "Port": 0, "DatabasePath": "feed.db" },
              "CitizenInput": { "DatabasePath": "input.db", "Areas": [ "Åbæk", "Egelund" ] } }
            """);

        await using var app = CentralApp.Build([$"--contentRoot={folder}", "--Feed:PageSize=321", "--Logging:LogLevel:Default=Warning"]);

        Assert.Equal(321, app.Services.GetRequiredService<IOptions<FeedOptions>>().Value.PageSize);
        Assert.Equal(["Åbæk", "Egelund"], app.Services.GetRequiredService<IOptions<CitizenInputServerOptions>>().Value.Areas);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Without_the_command_line_value_the_file_in_the_content_root_decides()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kioskguide-settings-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CentralSettings.FileName), """{ "Feed": { "PageSize": 123 } }""");

        await using var app = CentralApp.Build([$"--contentRoot={folder}", "--Logging:LogLevel:Default=Warning"]);

        Assert.Equal(123, app.Services.GetRequiredService<IOptions<FeedOptions>>().Value.PageSize);
        Directory.Delete(folder, recursive: true);
    }
}
