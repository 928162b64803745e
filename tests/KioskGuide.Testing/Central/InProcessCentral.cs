using KioskGuide.Central.Feed.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KioskGuide.Central.Tests.Feed;

/// <summary>The real central server in-process on a free loopback port, with its own database and optionally a test clock.</summary>
internal sealed class TestCentralServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestCentralServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
        Http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    public HttpClient Http { get; }

    public IFeedStore Store => _app.Services.GetRequiredService<IFeedStore>();

    public static async Task<TestCentralServer> StartAsync(TimeProvider? clock = null, params string[] settings)
    {
        var folder = TestPaths.NewFolder();
        string[] args =
        [
            "--Feed:Port=0", $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}", $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}",
            "--Feed:VisibilityDelaySeconds=0", "--Logging:LogLevel:Default=Warning", .. settings,
        ];
        var app = CentralApp.Build(args, services =>
        {
            if (clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestCentralServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
