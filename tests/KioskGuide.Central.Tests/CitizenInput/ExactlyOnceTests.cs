using System.Net;
using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.Tests.CitizenInput;

/// <summary>Concurrent copies of one upload (a kiosk retrying while the first try is still on its way) store one row.</summary>
public sealed class ExactlyOnceTests : IAsyncLifetime
{
    private InputServer _server = null!;

    public async Task InitializeAsync() => _server = await InputServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_copies_of_one_answer_store_one_row_one_201_and_nineteen_200()
    {
        var answer = Answers.Valid();
        using var start = new ManualResetEventSlim();
        var posts = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            using var reply = await _server.PostAsync(answer);
            return reply.StatusCode;
        })).ToList();
        start.Set();
        var statuses = await Task.WhenAll(posts);

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1L, await CountRowsAsync(answer.Id));
    }

    [Fact]
    public async Task Twenty_concurrent_different_answers_under_one_key_store_one_and_refuse_the_rest()
    {
        var id = Guid.NewGuid();
        var posts = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            using var reply = await _server.PostAsync(Answers.Valid(InputServer.KioskId, new Answer("social-life", [], Scale: (i % 5) + 1)) with { Id = id });
            return reply.StatusCode;
        })).ToList();
        var statuses = await Task.WhenAll(posts);

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.True(s is HttpStatusCode.OK || (int)s == ResponseIntake.KeyReusedStatus));
        Assert.Equal(1L, await CountRowsAsync(id));
    }

    private async Task<long> CountRowsAsync(Guid id)
    {
        await using var connection = new SqliteConnection($"Data Source={_server.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM input_responses WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
