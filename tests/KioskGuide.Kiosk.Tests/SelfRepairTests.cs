using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Operations;
using KioskGuide.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Kiosk.Tests;

/// <summary>The real kiosk host starts on damaged files: content from the demo, a fresh outbox, the old files kept.</summary>
public sealed class SelfRepairTests
{
    [Fact]
    public async Task A_kiosk_whose_content_and_outbox_files_are_garbage_starts_shows_the_demo_and_takes_answers()
    {
        var data = Path.Combine(Path.GetTempPath(), "kioskguide-self-repair", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "kiosk.db"), "this was a database before the power cut");
        await File.WriteAllBytesAsync(Path.Combine(data, "outbox.db"), [.. Enumerable.Repeat((byte)0xFF, 5000)]);

        await using var kiosk = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Kiosk:DataDirectory", data));

        Assert.Equal(91, kiosk.Services.GetRequiredService<CatalogueProvider>().Current.Offers.Count);
        var repair = kiosk.Services.GetRequiredService<StoreRepair>();
        Assert.Equal(["kiosk.db", "outbox.db"], repair.SetAside.Select(s => Path.GetFileName(s.Path)));
        Assert.All(repair.SetAside, s => Assert.True(File.Exists(s.MovedTo)));
        Assert.Equal(5000, new FileInfo(repair.SetAside[1].MovedTo).Length);
        Assert.Equal(0, (await kiosk.Services.GetRequiredService<SqliteResponseOutbox>().CountsAsync()).Pending);
        Assert.Equal(2, (await kiosk.Services.GetRequiredService<KioskStatusReader>().ReadAsync(CancellationToken.None)).FilesSetAside);
    }
}
