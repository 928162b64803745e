using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.FeedServer.Data;

namespace KioskGuide.FeedServer.Import;

/// <summary>
/// Validates candidate services strictly (the profile's schema and every semantic check the kiosk
/// makes) and makes the feed equal to the good ones. Bad ones are reported and keep their last good version.
/// </summary>
public sealed class ContentImporter(IFeedStore store)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<ImportCandidate> candidates, CancellationToken cancellationToken)
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
        report.Written = report.RemovalsSkipped
            ? await store.UpsertAsync(HsdsProfile.ServiceKind, records, cancellationToken)
            : await store.ReplaceAllAsync(HsdsProfile.ServiceKind, records, keep, cancellationToken);
        return report;
    }

    private static string? Reject(ImportCandidate candidate) => candidate.Error ?? (candidate.Service is null ? "no service" : null);

    private static string? Normalise(string? id) => Guid.TryParse(id, out var guid) ? StableId.Format(guid) : null;
}
