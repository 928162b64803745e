using System.Net;
using System.Text.Json;
using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>POST /api/input/responses: every status the kiosk's uploader relies on.</summary>
public sealed class ApiStatusTests : IAsyncLifetime
{
    private InputServer _server = null!;

    public async Task InitializeAsync() => _server = await InputServer.StartAsync(maxBodyBytes: 16 * 1024);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_new_answer_is_201_and_the_same_request_again_is_200_with_the_same_body()
    {
        var answer = Answers.Valid();
        using var first = await _server.PostAsync(answer);
        using var again = await _server.PostAsync(answer);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Contains(answer.Id.ToString("D"), await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_answer_under_a_stored_key_is_refused_as_the_draft_says()
    {
        var answer = Answers.Valid();
        using var first = await _server.PostAsync(answer);
        using var other = await _server.PostAsync(answer with { Answers = [new Answer("barriers", ["price"])] });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(ResponseIntake.KeyReusedStatus, (int)other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task No_token_is_401_with_a_bearer_challenge()
    {
        using var reply = await _server.PostAsync(Answers.Valid(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
        Assert.Equal("Bearer", reply.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_token_is_401()
    {
        using var reply = await _server.PostAsync(Answers.Valid(), token: InputServer.Token + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
    }

    [Fact]
    public async Task Another_kiosks_token_is_403()
    {
        using var reply = await _server.PostAsync(Answers.Valid(InputServer.KioskId), token: InputServer.OtherToken);

        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_413()
    {
        var huge = Answers.Valid(InputServer.KioskId, new Answer("idea", [], Text: new string('a', 17 * 1024)));

        using var reply = await _server.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
    }

    [Fact]
    public async Task A_body_over_16_KB_sent_without_a_length_is_413_too()
    {
        var answer = Answers.Valid(InputServer.KioskId, new Answer("idea", [], Text: new string('a', 17 * 1024)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/input/responses") { Content = new ChunkedContent(CitizenInputJson.Serialize(answer)) };
        request.Headers.Add("Idempotency-Key", answer.Id.ToString());
        request.Headers.Authorization = new("Bearer", InputServer.Token);

        using var reply = await _server.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
    }

    [Fact]
    public async Task A_missing_Idempotency_Key_is_400_naming_it()
    {
        var json = CitizenInputJson.Serialize(Answers.Valid());
        using var reply = await _server.PostJsonAsync(json, key: null);

        await AssertFieldsAsync(reply, "Idempotency-Key");
    }

    [Fact]
    public async Task An_Idempotency_Key_that_is_not_a_UUID_is_400_naming_it()
    {
        using var reply = await _server.PostAsync(Answers.Valid(), key: "answer-1");

        await AssertFieldsAsync(reply, "Idempotency-Key");
    }

    [Fact]
    public async Task An_Idempotency_Key_other_than_the_answers_id_is_400_naming_both()
    {
        using var reply = await _server.PostAsync(Answers.Valid(), key: Guid.NewGuid().ToString());

        await AssertFieldsAsync(reply, "Idempotency-Key", "id");
    }

    [Fact]
    public async Task A_date_in_the_future_is_400_naming_date()
    {
        using var reply = await _server.PostAsync(Answers.Valid() with { Date = Answers.Today.AddDays(2) });

        await AssertFieldsAsync(reply, "date");
    }

    [Fact]
    public async Task A_date_more_than_a_year_ago_is_400_naming_date()
    {
        using var reply = await _server.PostAsync(Answers.Valid() with { Date = Answers.Today.AddYears(-1).AddDays(-1) });

        await AssertFieldsAsync(reply, "date");
    }

    [Fact]
    public async Task A_date_just_under_a_year_ago_is_stored()
    {
        using var reply = await _server.PostAsync(Answers.Valid() with { Date = Answers.Today.AddYears(-1) });

        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
    }

    [Fact]
    public async Task An_unknown_option_is_400_naming_the_answer()
    {
        var answer = Answers.Valid(InputServer.KioskId, new Answer("social-life", [], Scale: 3), new Answer("barriers", ["no-such-option"]));

        using var reply = await _server.PostAsync(answer);

        var errors = await AssertFieldsAsync(reply, "answers[1]");
        Assert.Contains("no-such-option", errors["answers[1]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scale_outside_1_to_5_is_400_naming_the_answer()
    {
        using var reply = await _server.PostAsync(Answers.Valid(InputServer.KioskId, new Answer("social-life", [], Scale: 7)));

        await AssertFieldsAsync(reply, "answers[0]");
    }

    [Fact]
    public async Task A_scale_that_is_not_a_number_is_400_naming_the_json_field()
    {
        var json = CitizenInputJson.Serialize(Answers.Valid(InputServer.KioskId, new Answer("social-life", [], Scale: 3)))
            .Replace("\"scale\":3", "\"scale\":\"three\"", StringComparison.Ordinal);
        var id = JsonDocument.Parse(json.Replace("\"three\"", "3", StringComparison.Ordinal)).RootElement.GetProperty("id").GetString();

        using var reply = await _server.PostJsonAsync(json, key: id);

        await AssertFieldsAsync(reply, "answers[0].scale");
    }

    [Fact]
    public async Task An_unknown_questionnaire_version_is_400_naming_it()
    {
        using var reply = await _server.PostAsync(Answers.Valid() with { QuestionnaireVersion = 99 });

        await AssertFieldsAsync(reply, "questionnaireVersion");
    }

    [Fact]
    public async Task A_language_other_than_da_or_en_is_400_naming_it()
    {
        using var reply = await _server.PostAsync(Answers.Valid() with { Language = "fr" });

        await AssertFieldsAsync(reply, "language");
    }

    [Fact]
    public async Task Missing_answers_and_missing_kiosk_id_are_400_naming_them()
    {
        var id = Guid.NewGuid();
        var json = $$"""{"id":"{{id}}","questionnaireId":"flere-i-faellesskaber","questionnaireVersion":1,"kioskId":"","date":"{{Answers.Today:yyyy-MM-dd}}","language":"da","answers":null}""";

        using var reply = await _server.PostJsonAsync(json, key: id.ToString());

        await AssertFieldsAsync(reply, "answers", "kioskId");
    }

    [Fact]
    public async Task Text_that_is_not_json_is_400()
    {
        using var reply = await _server.PostJsonAsync("name=Jens", key: Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Free_text_is_scrubbed_again_by_the_server_and_no_address_of_the_sender_is_stored()
    {
        var answer = Answers.Valid(InputServer.KioskId, new Answer("idea", [], Text: "Ring på 20 30 40 50 eller skriv til jens@example.dk"));
        using var reply = await _server.PostAsync(answer);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);

        var stored = await _server.Services.GetStoredAsync();
        Assert.Equal($"Ring på {FreeTextScrubber.Marker} eller skriv til {FreeTextScrubber.Marker}", stored.Single().Answers.Single().Text);
        var bytes = await DatabaseBytes.ReadAllAsync(_server.DatabasePath);
        Assert.DoesNotContain("127.0.0.1", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("jens@example.dk", bytes, StringComparison.Ordinal);
    }

    /// <summary>A 400 problem+json whose "errors" name exactly these fields (at least).</summary>
    private static async Task<Dictionary<string, string[]>> AssertFieldsAsync(HttpResponseMessage reply, params string[] fields)
    {
        var body = await reply.Content.ReadAsStringAsync();
        Assert.True(reply.StatusCode == HttpStatusCode.BadRequest, $"{(int)reply.StatusCode}: {body}");
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray());
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}, not {field}: {body}");
        }

        return errors;
    }

    /// <summary>A body of unknown length: sent chunked, so only reading it can find it too large.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
