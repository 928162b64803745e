using System.Net;
using System.Net.Http.Headers;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.Tests.CitizenInput;

public sealed class QuestionnaireEndpointTests
{
    [Fact]
    public async Task The_current_questionnaire_comes_with_an_ETag_and_304_when_the_kiosk_has_it()
    {
        await using var server = await InputServer.StartAsync();

        using var first = await server.Client.GetAsync("api/input/questionnaire");
        var questionnaire = CitizenInputJson.DeserializeQuestionnaire(await first.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/input/questionnaire");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("flere-i-faellesskaber", questionnaire.Id);
        Assert.Equal(1, questionnaire.Version);
        Assert.Contains("v1", first.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, first.Content.Headers.ContentType);
    }
}
