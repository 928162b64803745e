namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>One published RPDE item as raw JSON, so a test can publish anything, valid or not.</summary>
/// <param name="Position">Where it sits in the feed; pages are cut by this, whatever the item's own "modified" says.</param>
public sealed record FeedEntry(long Position, string RawItem);
