using KioskGuide.Sync.Engine;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Tests;

public sealed class RetryPolicyTests
{
    private static readonly SyncOptions Settings = new() { PollIntervalSeconds = 60, RetryInitialSeconds = 10, RetryMaxSeconds = 300, MaxRetryAfterSeconds = 7200 };

    private static readonly SyncOutcome Failure = new() { Result = SyncResult.Failed };

    [Fact]
    public void Failures_back_off_exponentially_with_jitter_up_to_the_maximum_and_success_resets()
    {
        var policy = new RetryPolicy(Options.Create(Settings), new Random(7));
        double[] ceilings = [10, 20, 40, 80, 160, 300, 300];
        var delays = new List<double>();
        foreach (double ceiling in ceilings)
        {
            double seconds = policy.Next(Failure).TotalSeconds;
            Assert.InRange(seconds, ceiling / 2, ceiling);
            delays.Add(seconds);
        }

        Assert.True(delays.Distinct().Count() > 3, "jitter makes the delays differ");
        Assert.Equal(TimeSpan.FromSeconds(60), policy.Next(new SyncOutcome { Result = SyncResult.CaughtUp }));
        Assert.InRange(policy.Next(Failure).TotalSeconds, 5, 10);
    }

    [Fact]
    public void Retry_after_is_honoured_and_capped()
    {
        var policy = new RetryPolicy(Options.Create(Settings), new Random(1));
        Assert.Equal(TimeSpan.FromMinutes(90), policy.Next(Failure with { RetryAfter = TimeSpan.FromMinutes(90) }));
        Assert.Equal(TimeSpan.FromHours(2), policy.Next(Failure with { RetryAfter = TimeSpan.FromDays(3) }));
        Assert.InRange(policy.Next(Failure with { RetryAfter = TimeSpan.FromSeconds(1) }).TotalSeconds, 20, 40); // never sooner than the backoff
    }

    [Fact]
    public void A_gone_or_unsupported_feed_is_retried_only_rarely()
    {
        var policy = new RetryPolicy(Options.Create(Settings));
        Assert.Equal(TimeSpan.FromSeconds(300), policy.Next(Failure with { Gone = true }));
        Assert.Equal(TimeSpan.FromSeconds(300), policy.Next(new SyncOutcome { Result = SyncResult.Unsupported }));
    }
}
