using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// At start: creates the tables and adds the kiosk token hashes from configuration, before the
/// server takes its first request. A configured hash that was revoked is not added back.
/// </summary>
public sealed class StoreInitializer(
    IResponseStore responses,
    IModerationStore moderation,
    IKioskTokenStore tokens,
    IOptions<CitizenInputServerOptions> options,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await responses.InitializeAsync(cancellationToken);
        await moderation.InitializeAsync(cancellationToken);
        await tokens.InitializeAsync(cancellationToken);
        foreach (var kiosk in options.Value.Kiosks)
        {
            if (!await tokens.AddAsync(kiosk.KioskId, kiosk.TokenSha256, cancellationToken))
            {
                logger.LogWarning("A token configured for kiosk {Kiosk} in {Section}:Kiosks was revoked and stays refused; remove it from the configuration", kiosk.KioskId, CitizenInputServerOptions.Section);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
