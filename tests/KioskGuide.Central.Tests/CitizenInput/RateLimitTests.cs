using System.Net;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;

namespace KioskGuide.Central.Tests.CitizenInput;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Beyond_the_permits_a_minute_a_token_gets_429_with_Retry_After_and_other_tokens_do_not()
    {
        await using var server = await InputServer.StartAsync(permitsPerMinute: 3);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await server.PostAsync(Answers.Valid());
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        using var limited = await server.PostAsync(Answers.Valid());
        using var otherKiosk = await server.PostAsync(Answers.Valid(InputServer.OtherKioskId), InputServer.OtherToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, otherKiosk.StatusCode);
    }
}
