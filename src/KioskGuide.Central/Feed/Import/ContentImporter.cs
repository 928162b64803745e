using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Data;

namespace KioskGuide.Central.Feed.Import;

/// <summary>
/// Validates candidate services strictly (the profile's schema and every semantic check the kiosk
/// makes) and makes the feed equal to the good ones. Bad ones are reported and keep their last good version.
/// An import that would remove more than half of the live offers is refused unless
/// <paramref name="allowMassRemoval"/>: an empty, truncated or wrong file must not empty every kiosk.
/// </summary>
public sealed class ContentImporter(IFeedStore store)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<ImportCandidate> candidates, CancellationToken cancellationToken, bool allowMassRemoval = false)
    {
        var report = new ImportReport();
        var records = new List<FeedRecord>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (Reject(candidate) is { } error)
            {
                report.Errors.Add($"{candidate.Where}: {error}");
                if (Normalise(candidate.Id) is { } known)
                {
                    keep.Add(known);
                }
                else
                {
                    report.RemovalsSkipped = true;
                }

                continue;
            }

            var decoded = ServiceDecoder.Decode(candidate.Service, DecodeMode.Strict);
            string? id = Normalise(decoded.Offer?.Id.ToString()) ?? Normalise(candidate.Id);
            if (decoded.IsRejected || id is null)
            {
                report.Errors.Add($"{candidate.Where}: {decoded.Rejection}");
                if (id is null)
                {
                    report.RemovalsSkipped = true;
                }
                else
                {
                    keep.Add(id);
                }

                continue;
            }

            if (!ids.TryAdd(id, candidate.Where))
            {
                report.Errors.Add($"{candidate.Where}: the id {id} is already used by {ids[id]}");
                continue;
            }

            foreach (var note in decoded.Notes)
            {
                report.Warnings.Add($"{candidate.Where}: {note}");
            }

            var json = decoded.Json!;
            json["id"] = id;
            json.Remove("last_modified"); // The server stamps it when the content changes.
            records.Add(new FeedRecord(id, json.ToJsonString(FeedJson.Options), decoded.Status == ServiceStatus.Active));
        }

        report.Accepted = records.Count;
        if (!report.RemovalsSkipped && !allowMassRemoval && await WouldRemoveMostAsync(records, keep, cancellationToken) is { } live)
        {
            report.Errors.Add($"refused: this import keeps only {records.Count + keep.Count} of the {live} offers now published, so it would remove more than half. "
                + "If that is really meant, import again with --allow-mass-removal.");
            return report;
        }

        report.Written = report.RemovalsSkipped
            ? await store.UpsertAsync(HsdsProfile.ServiceKind, records, cancellationToken)
            : await store.ReplaceAllAsync(HsdsProfile.ServiceKind, records, keep, cancellationToken);
        return report;
    }

    /// <summary>The number of live offers, when fewer than half of them would stay; an upper bound on what stays, so it never refuses a normal import.</summary>
    private async Task<int?> WouldRemoveMostAsync(List<FeedRecord> records, HashSet<string> keep, CancellationToken cancellationToken)
    {
        int live = await store.CountAsync(HsdsProfile.ServiceKind, cancellationToken);
        return live > 0 && (records.Count + keep.Count) * 2 < live ? live : null;
    }

    private static string? Reject(ImportCandidate candidate) => candidate.Error ?? (candidate.Service is null ? "no service" : null);

    private static string? Normalise(string? id) => Guid.TryParse(id, out var guid) ? StableId.Format(guid) : null;
}
