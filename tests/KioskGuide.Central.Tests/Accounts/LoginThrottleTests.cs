using KioskGuide.Central.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.Accounts;

/// <summary>The failure counter behind the login's 429: per client, with a lock that grows and always ends.</summary>
public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Five_failures_lock_the_client_for_a_minute_then_two_then_up_to_fifteen_and_never_for_good()
    {
        var throttle = new LoginThrottle(_clock);
        var locks = new List<TimeSpan?>();
        for (int round = 0; round < 6; round++)
        {
            Fail(throttle, "10.0.0.9", "mette", LoginThrottle.MaxFailures);
            locks.Add(throttle.RetryAfter("10.0.0.9", "mette"));
            _clock.Advance(locks[^1]!.Value + TimeSpan.FromSeconds(1));
            Assert.Null(throttle.RetryAfter("10.0.0.9", "mette"));
        }

        Assert.Equal([1, 2, 4, 8, 15, 15], locks.Select(l => l!.Value.TotalMinutes));
    }

    [Fact]
    public void Four_failures_lock_nothing_and_a_quarter_of_an_hour_forgets_them()
    {
        var throttle = new LoginThrottle(_clock);

        Fail(throttle, "10.0.0.9", "mette", LoginThrottle.MaxFailures - 1);
        Assert.Null(throttle.RetryAfter("10.0.0.9", "mette"));
        _clock.Advance(LoginThrottle.Window + TimeSpan.FromSeconds(1));
        Fail(throttle, "10.0.0.9", "mette", 1);

        Assert.Null(throttle.RetryAfter("10.0.0.9", "mette"));
    }

    [Fact]
    public void An_attacker_elsewhere_cannot_lock_the_real_planner_out_of_her_own_pc()
    {
        var throttle = new LoginThrottle(_clock);

        Fail(throttle, "10.0.0.66", "mette", 50);

        Assert.NotNull(throttle.RetryAfter("10.0.0.66", "mette"));
        Assert.NotNull(throttle.RetryAfter("10.0.0.66", "someone-else"));
        Assert.Null(throttle.RetryAfter("10.0.0.9", "mette"));
    }

    private static void Fail(LoginThrottle throttle, string client, string user, int times)
    {
        for (int i = 0; i < times; i++)
        {
            throttle.Failed(client, user);
        }
    }
}
