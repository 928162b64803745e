using KioskGuide.Storage.Feed;

namespace KioskGuide.Sync.Engine;

/// <summary>A page's items, decided, plus what to tell staff about them.</summary>
internal sealed record DecodedPage(
    List<FeedItemChange> Changes,
    List<FeedItemQuarantine> Quarantined,
    List<string> Warnings);
