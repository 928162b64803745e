namespace KioskGuide.Central.Feed.Import;

/// <summary>What an import did, for staff: counts, and each rejected row or file with where and why.</summary>
public sealed class ImportReport
{
    public List<string> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    public int Accepted { get; set; }

    public Data.WriteResult? Written { get; set; }

    /// <summary>True when removals were skipped because a rejected row could not be identified.</summary>
    public bool RemovalsSkipped { get; set; }

    public IEnumerable<string> Lines()
    {
        foreach (var error in Errors)
        {
            yield return "error: " + error;
        }

        foreach (var warning in Warnings)
        {
            yield return "warning: " + warning;
        }

        var w = Written;
        yield return w is null
            ? $"Nothing imported ({Errors.Count} errors)."
            : $"Imported {Accepted} offers: {w.Added} new, {w.Changed} changed, {w.Removed} removed (now tombstones), {w.Unchanged} unchanged; {Errors.Count} rejected."
              + (RemovalsSkipped ? " Removals were skipped because a rejected row has no usable id." : "");
    }
}
