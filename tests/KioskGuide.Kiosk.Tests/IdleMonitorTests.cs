using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests;

public sealed class IdleMonitorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));

    private IdleMonitor Create(int idle = 90, int warning = 20) =>
        new(_clock, Options.Create(new KioskOptions { IdleTimeoutSeconds = idle, IdleWarningSeconds = warning }));

    [Fact]
    public void No_warning_before_the_idle_time()
    {
        using var monitor = Create();
        monitor.Start();
        _clock.Advance(TimeSpan.FromSeconds(89));
        Assert.Null(monitor.SecondsLeft);
    }

    [Fact]
    public void Warning_counts_down_from_the_warning_time_then_asks_for_a_reset_once()
    {
        using var monitor = Create();
        var resets = 0;
        monitor.ResetRequested += () => resets++;
        monitor.Start();

        _clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(20, monitor.SecondsLeft);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(15, monitor.SecondsLeft);
        Assert.Equal(0, resets);

        _clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Null(monitor.SecondsLeft);
        Assert.Equal(1, resets);

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, resets);
    }

    [Fact]
    public void Activity_during_the_warning_cancels_it_and_restarts_the_idle_time()
    {
        using var monitor = Create();
        var resets = 0;
        monitor.ResetRequested += () => resets++;
        monitor.Start();
        _clock.Advance(TimeSpan.FromSeconds(100));
        Assert.NotNull(monitor.SecondsLeft);

        monitor.RegisterActivity();
        Assert.Null(monitor.SecondsLeft);
        _clock.Advance(TimeSpan.FromSeconds(89));
        Assert.Null(monitor.SecondsLeft);
        Assert.Equal(0, resets);
    }

    [Fact]
    public void Paused_monitor_never_warns()
    {
        using var monitor = Create();
        monitor.Start();
        monitor.Pause();
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(monitor.SecondsLeft);
    }

    [Fact]
    public void Warning_changed_is_raised_for_each_visible_second()
    {
        using var monitor = Create(idle: 30, warning: 20);
        var changes = 0;
        monitor.WarningChanged += () => changes++;
        monitor.Start();
        for (var i = 0; i < 35; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(6, changes); // 20, 19, 18, 17, 16, 15
        Assert.Equal(15, monitor.SecondsLeft);
    }
}
