using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// Where answers are kept. Each answer is stored exactly once, keyed by its id (the upload's
/// Idempotency-Key). SQLite now; a PostgreSQL implementation could fill the same contract.
/// </summary>
public interface IResponseStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores the answer unless its id is already stored; atomic under concurrent calls.</summary>
    Task<StoreOutcome> AddAsync(StoredResponse response, CancellationToken cancellationToken);

    /// <summary>The fingerprint an id was first stored with, or null when it is not stored.</summary>
    Task<string?> FingerprintAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The answers to one questionnaire that match the query, by date and, within a day, in an order that says
    /// nothing about when each arrived (by the answer's random id).
    /// </summary>
    Task<IReadOnlyList<QuestionnaireResponse>> QueryAsync(ResponseQuery query, CancellationToken cancellationToken);

    /// <summary>Every kiosk id that has sent an answer.</summary>
    Task<IReadOnlyList<string>> KioskIdsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every answer given before <paramref name="before"/> (by its date), with its moderation record; returns
    /// how many answers went. The retention rule of docs/citizen-input/retention.md.
    /// </summary>
    Task<int> PurgeBeforeAsync(DateOnly before, CancellationToken cancellationToken);
}

/// <summary>An answer ready to store: its canonical JSON, the fingerprint of the request and the segments it is filtered by.</summary>
/// <param name="Fingerprint">SHA-256 of the request as received (canonical JSON): a replay must match it.</param>
public sealed record StoredResponse(QuestionnaireResponse Response, string Json, string Fingerprint, ResponseSegments Segments);

/// <summary>The coarse segments of an answer, copied out so reports can filter on them.</summary>
public sealed record ResponseSegments(string? AgeBand, string? Area, string? LifeSituation);

public enum StoreOutcome
{
    /// <summary>Stored now.</summary>
    Created,
    /// <summary>Already stored with the same fingerprint: the same request again.</summary>
    Replayed,
    /// <summary>Already stored with a different fingerprint: the key was reused for another answer.</summary>
    KeyReused,
}

/// <summary>Filters of the planners' page; null means "all".</summary>
public sealed record ResponseQuery(string QuestionnaireId, string? KioskId = null, DateOnly? From = null, DateOnly? To = null, string? AgeBand = null, string? Area = null);
