namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// Kiosk API tokens, by SHA-256 only: the token itself is shown once when made and never stored. A revoked hash is
/// remembered for good, so a token given in configuration cannot come back when the server restarts and re-reads it.
/// </summary>
public interface IKioskTokenStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds (or re-assigns) a token hash to a kiosk; returns false (and adds nothing) when the hash was revoked.</summary>
    Task<bool> AddAsync(string kioskId, string tokenSha256, CancellationToken cancellationToken);

    /// <summary>Removes every token of a kiosk and remembers them as revoked, with <paramref name="alsoRevoke"/> (e.g. its configured hashes); returns how many were removed.</summary>
    Task<int> RevokeAsync(string kioskId, CancellationToken cancellationToken, IEnumerable<string>? alsoRevoke = null);

    /// <summary>Whether a hash was ever revoked.</summary>
    Task<bool> IsRevokedAsync(string tokenSha256, CancellationToken cancellationToken);

    Task<IReadOnlyList<KioskTokenHash>> AllAsync(CancellationToken cancellationToken);
}

public sealed record KioskTokenHash(string KioskId, string TokenSha256);
