using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Feed.Decoding;

/// <summary>The outcome of reading one HSDS service.</summary>
public sealed record DecodedService
{
    /// <summary>The offer, or null when the service was rejected (<see cref="Rejection"/> says why).</summary>
    public Offer? Offer { get; init; }

    /// <summary>HSDS status; only "active" services are shown.</summary>
    public string Status { get; init; } = "";

    public string? Rejection { get; init; }

    /// <summary>What was repaired or noticed, one short phrase each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The service as validated (nulls removed, repairs applied); null when rejected.</summary>
    public JsonObject? Json { get; init; }

    public bool IsRejected => Offer is null;
}
