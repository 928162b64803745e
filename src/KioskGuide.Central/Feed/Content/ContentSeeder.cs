using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Import;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed.Content;

/// <summary>
/// Before the server answers: open the store, publish the taxonomy (a no-op when unchanged), and fill an
/// empty store with the demo offers when configured to.
/// </summary>
public sealed class ContentSeeder(IFeedStore store, IOptions<FeedOptions> options, ILogger<ContentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await store.ReplaceAllAsync(HsdsProfile.TaxonomyTermKind, TaxonomyRecords.All(), new HashSet<string>(), cancellationToken);
        if (options.Value.SeedDemoContent && await store.CountAsync(HsdsProfile.ServiceKind, cancellationToken) == 0)
        {
            var report = await new ContentImporter(store).ImportAsync(DemoContent.Candidates(options.Value.StateProvince), cancellationToken);
            foreach (var line in report.Lines())
            {
                logger.LogInformation("Demo content: {Line}", line);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
