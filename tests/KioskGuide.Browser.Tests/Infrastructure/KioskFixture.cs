using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>One kiosk host and one Chromium for the whole browser-test collection; each test opens its own page.</summary>
public sealed class KioskFixture : IAsyncLifetime
{
    private Chromium? _chromium;

    public KioskServer Server { get; } = new();

    public Chromium Chromium => _chromium ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _ = Server.RootUri; // starts the host
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh touch-screen page at the given size, on the home screen, once Blazor is interactive.</summary>
    public async Task<KioskPage> OpenAsync(Orientation orientation)
    {
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = orientation.Width, Height = orientation.Height },
            HasTouch = true,
            IsMobile = false,
            DeviceScaleFactor = 1,
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        var page = await context.NewPageAsync();
        var kioskPage = new KioskPage(page, orientation, Server);
        await kioskPage.GotoHomeAsync();
        return kioskPage;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class KioskCollection : ICollectionFixture<KioskFixture>
{
    public const string Name = "kiosk in chromium";
}
