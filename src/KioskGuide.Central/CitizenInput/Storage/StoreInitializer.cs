using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// At start: creates the tables and adds the kiosk token hashes from configuration, before the
/// server takes its first request.
/// </summary>
public sealed class StoreInitializer(
    IResponseStore responses,
    IModerationStore moderation,
    IKioskTokenStore tokens,
    IOptions<CitizenInputServerOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await responses.InitializeAsync(cancellationToken);
        await moderation.InitializeAsync(cancellationToken);
        await tokens.InitializeAsync(cancellationToken);
        foreach (var kiosk in options.Value.Kiosks)
        {
            await tokens.AddAsync(kiosk.KioskId, kiosk.TokenSha256, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
