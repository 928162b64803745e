using KioskGuide.Kiosk.CitizenInput;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.CitizenInput;

public sealed class SubmissionRateLimiterTests
{
    [Fact]
    public void Allows_a_few_answers_a_minute_then_refuses_until_the_minute_has_passed()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SubmissionRateLimiter(clock, Options.Create(new InputOptions { MaxAnswersPerMinute = 3 }));
        Assert.True(limiter.TryAcquire());
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(limiter.TryAcquire());
        Assert.True(limiter.TryAcquire());
        Assert.False(limiter.TryAcquire());

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(limiter.TryAcquire());  // the first one is a minute old now
        Assert.False(limiter.TryAcquire());
    }
}
