namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>Kiosk API tokens, by SHA-256 only: the token itself is shown once when made and never stored.</summary>
public interface IKioskTokenStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds (or re-assigns) a token hash to a kiosk.</summary>
    Task AddAsync(string kioskId, string tokenSha256, CancellationToken cancellationToken);

    /// <summary>Removes every token of a kiosk; returns how many.</summary>
    Task<int> RevokeAsync(string kioskId, CancellationToken cancellationToken);

    Task<IReadOnlyList<KioskTokenHash>> AllAsync(CancellationToken cancellationToken);
}

public sealed record KioskTokenHash(string KioskId, string TokenSha256);
