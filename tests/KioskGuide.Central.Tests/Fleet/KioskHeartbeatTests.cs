using KioskGuide.Central.Fleet;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Kiosk.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Central.Tests.Fleet;

/// <summary>The real kiosk host sends its heartbeat to the real central server, and the fleet shows it.</summary>
public sealed class KioskHeartbeatTests
{
    [Fact]
    public async Task A_kiosk_with_a_server_and_a_token_appears_on_the_fleet_within_seconds_of_starting()
    {
        await using var server = await InputServer.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "kioskguide-heartbeat", Guid.NewGuid().ToString("N"));
        await using var kiosk = new WebApplicationFactory<KioskGuide.Kiosk.Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Kiosk:DataDirectory", data);
            b.UseSetting("Kiosk:SiteName", "Solbjerg Strand Bibliotek");
            b.UseSetting("Input:ServerUrl", server.BaseAddress.ToString());
            b.UseSetting("Input:KioskToken", InputServer.Token);
            b.UseSetting("Heartbeat:IntervalSeconds", "10");
        });
        _ = kiosk.Services; // starts the host and its heartbeat

        var fleet = server.Services.GetRequiredService<FleetView>();
        FleetKiosk? seen = null;
        var state = kiosk.Services.GetRequiredService<HeartbeatState>();
        // Until the server has stored it and the kiosk has read the answer (the two happen in that order).
        for (var i = 0; i < 100 && (seen?.Status is null || state.LastAnswer is null); i++)
        {
            await Task.Delay(100);
            seen = (await fleet.BuildAsync(CancellationToken.None)).Single(k => k.KioskId == InputServer.KioskId);
        }

        Assert.True(seen?.Status is not null, state.LastError ?? "no heartbeat sent");
        Assert.Equal("Solbjerg Strand Bibliotek", seen!.Status!.SiteName);
        Assert.Equal(91, seen.Status.Content.Offers);
        Assert.Equal("ready", seen.Status.Printer.State);
        Assert.True(seen.IsWell, string.Join("; ", seen.Problems.Select(p => p.English)));
        Assert.Equal(seen.LastSeen, state.LastAnswer);
    }

    [Theory]
    [InlineData("https://central.example.dk/", true)]
    [InlineData("http://127.0.0.1:5090/", true)]
    [InlineData("http://localhost:5090/", true)]
    [InlineData("http://central.example.dk/", false)]
    [InlineData("http://192.168.1.20:5090/", false)]
    public void The_token_goes_over_https_or_to_this_machine_only(string server, bool safe)
    {
        Assert.Equal(safe, TokenTransport.IsSafe(new Uri(server)));
    }
}
