using System.Net;
using System.Text.Json;
using KioskGuide.Domain.Operations;
using KioskGuide.Kiosk.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests;

/// <summary>/health on the real kiosk host, and the rules that grade each part.</summary>
public sealed class HealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static KioskStatus Status() => new()
    {
        SiteName = "Åbæk Bibliotek",
        AppVersion = "1.0.0",
        ObservedAt = Now,
        Content = new ContentStatus(91, Now),
        Sync = new SyncStatus(true, Now.AddMinutes(-5), null, 0),
        Answers = new OutboxStatus(true, 0, null),
        Printer = new PrinterReport(PrinterStates.Ready, "folder", 0, 200),
        FreeDiskBytes = 10L << 30,
    };

    [Fact]
    public async Task The_demo_kiosk_answers_health_with_six_healthy_parts()
    {
        await using var kiosk = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("Kiosk:DataDirectory", Path.Combine(Path.GetTempPath(), "kioskguide-health", Guid.NewGuid().ToString("N"))));
        using var client = kiosk.CreateClient();

        using var reply = await client.GetAsync("health");
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var parts = body.RootElement.GetProperty("parts");
        Assert.Equal(["store", "sync", "outbox", "printer", "disk", "heartbeat"], parts.EnumerateObject().Select(p => p.Name));
        Assert.Equal("91 offers stored", parts.GetProperty("store").GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(10, HealthStatus.Healthy)]
    [InlineData(60 * 5, HealthStatus.Degraded)]
    [InlineData(60 * 30, HealthStatus.Unhealthy)]
    public void Sync_is_graded_by_the_age_of_its_last_success(int minutes, HealthStatus expected)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(Now)).BuildServiceProvider();
        var status = Status() with { Sync = new SyncStatus(true, Now.AddMinutes(-minutes), "timeout", 0) };
        Assert.Equal(expected, KioskHealth.Sync(status, services).Status);
    }

    [Theory]
    [InlineData(PrinterStates.Ready, 0, HealthStatus.Healthy)]
    [InlineData(PrinterStates.Ready, 200, HealthStatus.Degraded)]
    [InlineData(PrinterStates.Stopped, 0, HealthStatus.Degraded)]
    [InlineData(PrinterStates.OutOfPaper, 0, HealthStatus.Unhealthy)]
    [InlineData(PrinterStates.Offline, 0, HealthStatus.Unhealthy)]
    public void The_printer_is_graded_by_its_state_and_the_page_cap(string state, int pages, HealthStatus expected)
    {
        var status = Status() with { Printer = new PrinterReport(state, "ipp", pages, 200) };
        Assert.Equal(expected, KioskHealth.Printer(status, null!).Status);
    }

    [Theory]
    [InlineData(0, null, HealthStatus.Healthy)]
    [InlineData(3, 0, HealthStatus.Healthy)]
    [InlineData(3, 2, HealthStatus.Degraded)]
    [InlineData(3, 30, HealthStatus.Unhealthy)]
    public void Waiting_answers_are_graded_by_the_oldest(int waiting, int? hours, HealthStatus expected)
    {
        var status = Status() with { Answers = new OutboxStatus(true, waiting, hours) };
        Assert.Equal(expected, KioskHealth.Outbox(status, null!).Status);
    }

    [Theory]
    [InlineData(50L << 20, HealthStatus.Unhealthy)]
    [InlineData(500L << 20, HealthStatus.Degraded)]
    [InlineData(5L << 30, HealthStatus.Healthy)]
    public void Disk_is_graded_by_free_space(long free, HealthStatus expected)
    {
        Assert.Equal(expected, KioskHealth.Disk(Status() with { FreeDiskBytes = free }, null!).Status);
    }

    [Fact]
    public void A_heartbeat_answered_long_ago_is_degraded_with_the_last_error()
    {
        var clock = new FakeTimeProvider(Now);
        var state = new HeartbeatState();
        var options = new HeartbeatOptions { IntervalSeconds = 300 };
        Assert.Equal(HealthStatus.Healthy, KioskHealth.Heartbeat(Status(), state, options, clock).Status);

        state.Answered(Now);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HealthStatus.Healthy, KioskHealth.Heartbeat(Status(), state, options, clock).Status);

        state.Failed("Centralserveren svarede 503");
        clock.Advance(TimeSpan.FromMinutes(10));
        var result = KioskHealth.Heartbeat(Status(), state, options, clock);
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("Centralserveren svarede 503", result.Description);
    }
}
