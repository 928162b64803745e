namespace KioskGuide.Central.Feed.Data;

/// <summary>
/// One published object (an HSDS service or taxonomy term) as the importer hands it to the store.
/// </summary>
/// <param name="Id">Lower-case UUID.</param>
/// <param name="Json">The object without <c>last_modified</c>; the store stamps that when the content changes.</param>
/// <param name="Active">False for services whose status is not "active": the RPDE feed shows them as deleted.</param>
public sealed record FeedRecord(string Id, string Json, bool Active = true);

/// <summary>What a write changed.</summary>
public sealed record WriteResult(int Added, int Changed, int Removed, int Unchanged)
{
    public int Total => Added + Changed + Removed;
}

/// <summary>One RPDE item: a published change, in change-number order.</summary>
/// <param name="Json">The object; null for a tombstone.</param>
public sealed record FeedChange(string Id, long ChangeNumber, string? Json);

/// <summary>The shape of an RPDE page without its content, for a cheap ETag check.</summary>
public sealed record ChangePeek(int Count, long LastChangeNumber);

/// <summary>A page of the HSDS list endpoint.</summary>
public sealed record ListPage(int TotalItems, IReadOnlyList<string> Items);
