using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Domain.Search;

/// <summary>An offer that matched, with its relevance score (higher first) and its next occurrence if any.</summary>
public sealed record SearchHit(Offer Offer, double Score, Occurrence? Next);
