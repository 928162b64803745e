using KioskGuide.Kiosk.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KioskGuide.Sync.Tests;

/// <summary>The kiosk host with sync wired in but not configured: it starts as before and never syncs.</summary>
public sealed class KioskHostTests
{
    [Fact]
    public async Task The_demo_kiosk_starts_without_a_sync_section_and_runs_the_worker_idle()
    {
        await using var kiosk = new WebApplicationFactory<KioskGuide.Kiosk.Program>().WithWebHostBuilder(b =>
            b.UseSetting("Kiosk:DataDirectory", Path.Combine(Path.GetTempPath(), "kioskguide-sync-tests", Guid.NewGuid().ToString("N"))));
        Assert.Equal(91, kiosk.Services.GetRequiredService<CatalogueProvider>().Current.Offers.Count);
        var worker = kiosk.Services.GetServices<IHostedService>().OfType<SyncWorker>().Single();
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5)); // Returned at once: sync is off.
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
    }
}
