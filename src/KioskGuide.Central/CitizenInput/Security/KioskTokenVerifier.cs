using System.Security.Cryptography;
using KioskGuide.Central.CitizenInput.Storage;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>
/// Finds the kiosk a presented token belongs to. The token is hashed and compared in constant time with
/// every known hash (no early exit), so timing says nothing about how close a guess was. The hashes are
/// kept in memory and re-read every 30 s, or on an unknown token at most every 5 s, so a token made or
/// revoked with the command line takes effect without a restart.
/// </summary>
public sealed class KioskTokenVerifier(IKioskTokenStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinRefreshOnMiss = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot _snapshot = new([], DateTimeOffset.MinValue);

    /// <summary>The kiosk id and the token's hash, or null for an unknown token.</summary>
    public async Task<KioskTokenHash?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
        var now = time.GetUtcNow();
        if (now - _snapshot.LoadedAt > MaxAge)
        {
            await RefreshAsync(now, cancellationToken);
        }

        var found = Match(_snapshot, hash);
        if (found is null && now - _snapshot.LoadedAt > MinRefreshOnMiss)
        {
            await RefreshAsync(now, cancellationToken);
            found = Match(_snapshot, hash);
        }

        return found;
    }

    public void Dispose() => _refresh.Dispose();

    private static KioskTokenHash? Match(Snapshot snapshot, byte[] hash)
    {
        KioskTokenHash? found = null;
        foreach (var (known, entry) in snapshot.Entries)
        {
            if (CryptographicOperations.FixedTimeEquals(known, hash))
            {
                found = entry;
            }
        }

        return found;
    }

    private async Task RefreshAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (now - _snapshot.LoadedAt <= MinRefreshOnMiss && _snapshot.LoadedAt != DateTimeOffset.MinValue)
            {
                return;
            }

            var all = await store.AllAsync(cancellationToken);
            _snapshot = new([.. all.Select(t => (Convert.FromHexString(t.TokenSha256), t))], now);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyList<(byte[] Hash, KioskTokenHash Entry)> Entries, DateTimeOffset LoadedAt);
}
