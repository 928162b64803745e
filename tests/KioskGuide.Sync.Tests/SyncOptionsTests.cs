using KioskGuide.Sync.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Tests;

public sealed class SyncOptionsTests
{
    private static SyncOptions Resolve(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddKioskSync();
        return services.BuildServiceProvider().GetRequiredService<IOptions<SyncOptions>>().Value;
    }

    private static SyncOptions ResolveSettings(Dictionary<string, string?> settings) =>
        Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Sync_is_off_unless_configured() => Assert.False(ResolveSettings([]).Enabled);

    [Theory]
    [InlineData(null, "Sync:FeedRoot")]
    [InlineData("ftp://feed.example/", "Sync:FeedRoot")]
    [InlineData("feeds/services", "Sync:FeedRoot")]
    public void An_enabled_sync_needs_an_http_feed_root(string? root, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ResolveSettings(new() { ["Sync:Enabled"] = "true", ["Sync:FeedRoot"] = root }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_values_are_refused_by_name()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ResolveSettings(new() { ["Sync:PollIntervalSeconds"] = "0" }));
        Assert.Contains("PollIntervalSeconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo", false)]
    [InlineData("demo-central-feed", true)]
    [InlineData("kildevang-sundhedshus", true)]
    public void Every_site_config_has_a_valid_sync_section(string site, bool enabled)
    {
        var file = Path.Combine(BuiltApps.RepoRoot, "kiosk-config", site, "kiosk.json");
        var options = Resolve(new ConfigurationBuilder().AddJsonFile(file).Build());
        Assert.Equal(enabled, options.Enabled);
    }

    [Fact]
    public void The_demo_central_feed_site_follows_the_demo_servers_default_address()
    {
        var file = Path.Combine(BuiltApps.RepoRoot, "kiosk-config", "demo-central-feed", "kiosk.json");
        var server = new ConfigurationBuilder().AddJsonFile(Path.Combine(BuiltApps.RepoRoot, "src", "KioskGuide.Central", "central-settings.json")).Build();
        Assert.Equal(new Uri($"http://{server["Feed:ListenAddress"]}:{server["Feed:Port"]}/"), Resolve(new ConfigurationBuilder().AddJsonFile(file).Build()).RootUri());
    }
}
