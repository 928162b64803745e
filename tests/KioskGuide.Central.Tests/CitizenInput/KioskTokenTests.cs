using System.Net;
using KioskGuide.Central.CitizenInput.Cli;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.CitizenInput;

public sealed class KioskTokenTests
{
    [Fact]
    public void A_token_is_32_random_bytes_and_its_hash_is_the_hex_SHA_256()
    {
        var token = KioskTokens.Generate();

        Assert.Equal(43, token.Length);
        Assert.NotEqual(token, KioskTokens.Generate());
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", KioskTokens.Hash("abc"));
    }

    [Fact]
    public async Task The_database_holds_token_hashes_and_never_a_token()
    {
        await using var server = await InputServer.StartAsync();
        using var reply = await server.PostAsync(Answers.Valid());
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);

        var bytes = await DatabaseBytes.ReadAllAsync(server.DatabasePath);

        Assert.Contains(KioskTokens.Hash(InputServer.Token), bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(InputServer.Token, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(InputServer.OtherToken, bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_create_token_command_prints_a_token_once_that_the_server_then_accepts_and_stores_only_hashed()
    {
        await using var server = await InputServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CitizenInput:DatabasePath"] = server.DatabasePath })
            .Build();
        using var output = new StringWriter();

        var exit = await CitizenInputCommands.RunAsync(["create-token", "new-kiosk"], configuration, TextReader.Null, output, TextWriter.Null);
        var token = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        using var reply = await server.PostAsync(Answers.Valid("new-kiosk"), token);

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.DoesNotContain(token, await DatabaseBytes.ReadAllAsync(server.DatabasePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verifier_sees_a_new_token_and_a_revoked_one_without_a_restart()
    {
        var store = new MemoryTokenStore();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-11-20T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var verifier = new KioskTokenVerifier(store, time);
        Assert.Null(await verifier.VerifyAsync("t1", CancellationToken.None));

        await store.AddAsync("kiosk-a", KioskTokens.Hash("t1"), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal("kiosk-a", (await verifier.VerifyAsync("t1", CancellationToken.None))?.KioskId);

        await store.RevokeAsync("kiosk-a", CancellationToken.None);
        Assert.NotNull(await verifier.VerifyAsync("t1", CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Null(await verifier.VerifyAsync("t1", CancellationToken.None));
    }

    private sealed class MemoryTokenStore : IKioskTokenStore
    {
        private readonly List<KioskTokenHash> _tokens = [];

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private readonly HashSet<string> _revoked = [];

        public Task<bool> AddAsync(string kioskId, string tokenSha256, CancellationToken cancellationToken)
        {
            if (_revoked.Contains(tokenSha256))
            {
                return Task.FromResult(false);
            }

            _tokens.Add(new KioskTokenHash(kioskId, tokenSha256));
            return Task.FromResult(true);
        }

        public Task<int> RevokeAsync(string kioskId, CancellationToken cancellationToken, IEnumerable<string>? alsoRevoke = null)
        {
            _revoked.UnionWith(_tokens.Where(t => t.KioskId == kioskId).Select(t => t.TokenSha256).Concat(alsoRevoke ?? []));
            return Task.FromResult(_tokens.RemoveAll(t => t.KioskId == kioskId));
        }

        public Task<bool> IsRevokedAsync(string tokenSha256, CancellationToken cancellationToken) => Task.FromResult(_revoked.Contains(tokenSha256));

        public Task<IReadOnlyList<KioskTokenHash>> AllAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<KioskTokenHash>>([.. _tokens]);
    }
}
