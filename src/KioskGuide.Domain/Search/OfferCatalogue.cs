using System.Buffers;
using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Domain.Search;

/// <summary>
/// An immutable snapshot of all offers with a search index. A sync builds a new catalogue and swaps
/// it in; a screen keeps the snapshot it was drawn from, so content never changes under a reader.
/// </summary>
public sealed class OfferCatalogue
{
    private readonly Offer[] _offers; // in Danish name order, then id, so comparing indexes compares name-then-id
    private readonly Dictionary<Guid, Offer> _byId;
    private readonly SearchIndex _index;
    private readonly uint[] _tiles; // per offer: bit i set when it belongs to BrowseCategories.All[i] (timeless tiles)
    private readonly uint[] _groups; // per offer: bit i set when it belongs to CitizenGroups.All[i]
    private readonly bool[] _stepFree;
    private readonly NextCache?[] _next; // per offer: the last next occurrence computed and when
    private readonly DayMarksCache _dayMarks;

    public OfferCatalogue(IEnumerable<Offer> offers, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;

        _byId = [];
        var list = new List<Offer>();
        foreach (Offer offer in offers)
        {
            ArgumentNullException.ThrowIfNull(offer, nameof(offers));
            if (!_byId.TryAdd(offer.Id, offer))
            {
                throw new ArgumentException($"Two offers have the id {offer.Id}.", nameof(offers));
            }

            list.Add(offer);
        }

        _offers = [.. list];
        Array.Sort(_offers, static (a, b) =>
        {
            int byName = DanishOrder.Comparer.Compare(a.Name, b.Name);
            return byName != 0 ? byName : a.Id.CompareTo(b.Id);
        });

        string[] towns = [.. _offers
            .SelectMany(o => o.Locations)
            .Select(l => l.Town)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Distinct(StringComparer.Ordinal)
            .Order(DanishOrder.Comparer)];

        IReadOnlyList<BrowseCategory> tiles = BrowseCategories.All;
        _tiles = new uint[_offers.Length];
        _stepFree = new bool[_offers.Length];
        _groups = new uint[_offers.Length];
        IReadOnlyList<CitizenGroup> groups = CitizenGroups.All;
        for (int i = 0; i < _offers.Length; i++)
        {
            uint mask = 0;
            for (int t = 0; t < tiles.Count; t++)
            {
                if (BrowseCategories.ContainsTimeless(tiles[t].Code, _offers[i]))
                {
                    mask |= 1u << t;
                }
            }

            _tiles[i] = mask;
            uint groupMask = 0;
            for (int g = 0; g < groups.Count; g++)
            {
                if (groups[g].Includes(_offers[i]))
                {
                    groupMask |= 1u << g;
                }
            }

            _groups[i] = groupMask;
            _stepFree[i] = _offers[i].IsStepFree;
        }

        Offers = _offers.AsReadOnly();
        Towns = Array.AsReadOnly(towns);
        _index = SearchIndex.Build(_offers);
        _next = new NextCache?[_offers.Length];
        _dayMarks = new DayMarksCache(_offers.Length);
    }

    public static OfferCatalogue Empty { get; } = new([], KioskTimeZone.Copenhagen);

    public IReadOnlyList<Offer> Offers { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Towns/areas that have at least one offer, sorted the Danish way.</summary>
    public IReadOnlyList<string> Towns { get; }

    public Offer? Find(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Offers matching <paramref name="query"/> (empty: all) and <paramref name="filter"/>, best first.
    /// With an empty query, offers are ordered by their next occurrence, then by name.
    /// </summary>
    /// <remarks>
    /// Every query word must match some word of the offer, or of a synonym (<see cref="SearchSynonyms"/>):
    /// exactly, as a prefix, as a compound's last part ("middag" in "søndagsmiddag"), inside a word (3+ letters)
    /// or with one typo (5+ letters); see <see cref="TextFolding"/> and <see cref="WordMatch"/>. Offers whose
    /// name matches a query word at a word or compound-part start come first; then by score; among equal
    /// scores offers in <paramref name="homeTown"/> (the kiosk's own town) first, then the soonest next date,
    /// then Danish name order and id.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(string query, OfferFilter filter, DateTimeOffset now, string? homeTown = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!TryPlan(filter, now, out FilterPlan plan) || _offers.Length == 0)
        {
            return [];
        }

        string[] words = TextFolding.Words(query);
        if (words.Length > 1)
        {
            words = [.. words.Distinct(StringComparer.Ordinal)];
        }

        return words.Length == 0 ? Browse(plan, now) : Find(words, plan, now, homeTown);
    }

    /// <summary>All offers passing the filter, by next occurrence (none last), then name.</summary>
    private SearchHit[] Browse(in FilterPlan plan, DateTimeOffset now)
    {
        int n = _offers.Length;
        HitKey[] keys = ArrayPool<HitKey>.Shared.Rent(n);
        try
        {
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                if (Passes(i, plan))
                {
                    Occurrence? next = NextOccurrence(i, now);
                    keys[count++] = new HitKey(i, 0, false, next, false);
                }
            }

            Span<HitKey> hits = keys.AsSpan(0, count);
            hits.Sort(HitKey.ByNextThenName);
            return ToHits(hits);
        }
        finally
        {
            ArrayPool<HitKey>.Shared.Return(keys, clearArray: true);
        }
    }

    private SearchHit[] Find(string[] words, in FilterPlan plan, DateTimeOffset now, string? homeTown)
    {
        int n = _offers.Length;
        int[] matchArray = ArrayPool<int>.Shared.Rent(n);
        double[] scoreArray = ArrayPool<double>.Shared.Rent(n);
        bool[] nameArray = ArrayPool<bool>.Shared.Rent(n);
        HitKey[] keys = ArrayPool<HitKey>.Shared.Rent(n);
        try
        {
            Span<double> scores = scoreArray.AsSpan(0, n);
            Span<bool> nameHits = nameArray.AsSpan(0, n);
            scores.Clear();
            nameHits.Clear();
            int matched = _index.Match(words, matchArray, scores, nameHits);

            int count = 0;
            for (int m = 0; m < matched; m++)
            {
                int i = matchArray[m];
                if (Passes(i, plan))
                {
                    bool home = homeTown is not null && HasTown(_offers[i], homeTown);
                    keys[count++] = new HitKey(i, scores[i], nameHits[i], NextOccurrence(i, now), home);
                }
            }

            Span<HitKey> hits = keys.AsSpan(0, count);
            hits.Sort(HitKey.ByRelevance);
            return ToHits(hits);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(matchArray);
            ArrayPool<double>.Shared.Return(scoreArray);
            ArrayPool<bool>.Shared.Return(nameArray);
            ArrayPool<HitKey>.Shared.Return(keys, clearArray: true); // drop references to occurrences
        }
    }

    private SearchHit[] ToHits(ReadOnlySpan<HitKey> keys)
    {
        var hits = new SearchHit[keys.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            hits[k] = new SearchHit(_offers[keys[k].Offer], keys[k].Score, keys[k].Next);
        }

        return hits;
    }

    /// <summary>Cheap filters first; the day filters, which expand schedules, last.</summary>
    private bool Passes(int i, in FilterPlan plan)
    {
        Offer offer = _offers[i];
        if ((_tiles[i] & plan.TileMask) != plan.TileMask
            || (plan.FreeOnly && !offer.Cost.IsFree)
            || (plan.StepFreeOnly && !_stepFree[i])
            || (_groups[i] & plan.GroupMask) != plan.GroupMask
            || (plan.Town is { } town && !HasTown(offer, town)))
        {
            return false;
        }

        return (plan.Today is null || OccursDuring(i, plan.Today))
            && (plan.Days is null || OccursDuring(i, plan.Days));
    }

    /// <summary>Whether offer <paramref name="i"/> takes place in the span, remembered per span and offer.</summary>
    private bool OccursDuring(int i, DayMarks marks)
    {
        byte mark = marks.ByOffer[i];
        if (mark == DayMarks.Unknown)
        {
            mark = OfferDays.OccursDuring(_offers[i], marks.Span, Zone) ? DayMarks.Yes : DayMarks.No;
            marks.ByOffer[i] = mark; // racing writers write the same value
        }

        return mark == DayMarks.Yes;
    }

    private static bool HasTown(Offer offer, string town)
    {
        IReadOnlyList<OfferLocation> locations = offer.Locations;
        for (int k = 0; k < locations.Count; k++)
        {
            if (string.Equals(locations[k].Town, town, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The offer's next occurrence (ongoing included) at <paramref name="now"/>. Cached per offer: the
    /// earliest occurrence ending after t is still the earliest ending after any later time before it
    /// ends, so while now moves forward (as it does between key taps) the schedules are expanded rarely.
    /// </summary>
    private Occurrence? NextOccurrence(int i, DateTimeOffset now)
    {
        Offer offer = _offers[i];
        if (offer.Schedules.Count == 0)
        {
            return null;
        }

        NextCache? cached = Volatile.Read(ref _next[i]);
        if (cached is not null && cached.IsValidAt(now))
        {
            return cached.Next;
        }

        IReadOnlyList<Occurrence> upcoming = ScheduleCalculator.NextOccurrences(offer, now, Zone, 1);
        Occurrence? next = upcoming.Count > 0 ? upcoming[0] : null;
        Volatile.Write(ref _next[i], new NextCache(now, next));
        return next;
    }

    private sealed class NextCache(DateTimeOffset computedAt, Occurrence? next)
    {
        /// <summary>"Nothing upcoming" is trusted this long, in case the calculator only looks so far ahead.</summary>
        private static readonly TimeSpan NoneValidFor = TimeSpan.FromHours(1);

        public Occurrence? Next { get; } = next;

        public bool IsValidAt(DateTimeOffset now) =>
            now >= computedAt && (Next is null ? now < computedAt + NoneValidFor : now < Next.End);
    }

    /// <summary>A hit while ranking: the offer's index (its Danish name rank) and what it is sorted by.</summary>
    private readonly record struct HitKey(int Offer, double Score, bool NameHit, Occurrence? Next, bool Home)
    {
        /// <summary>Scores closer than this are equal text matches (sums of weight × quality differ by more).</summary>
        private const double SameScore = 1e-6;

        public static readonly Comparison<HitKey> ByRelevance = static (a, b) =>
        {
            if (a.NameHit != b.NameHit)
            {
                return a.NameHit ? -1 : 1;
            }

            if (Math.Abs(a.Score - b.Score) > SameScore)
            {
                return b.Score.CompareTo(a.Score);
            }

            if (a.Home != b.Home)
            {
                return a.Home ? -1 : 1;
            }

            return CompareNextThenName(a, b);
        };

        public static readonly Comparison<HitKey> ByNextThenName = CompareNextThenName;

        private static int CompareNextThenName(HitKey a, HitKey b)
        {
            long aStart = a.Next?.Start.UtcTicks ?? long.MaxValue;
            long bStart = b.Next?.Start.UtcTicks ?? long.MaxValue;
            int byStart = aStart.CompareTo(bStart);
            return byStart != 0 ? byStart : a.Offer.CompareTo(b.Offer);
        }
    }

    /// <summary>Resolves <paramref name="filter"/> at <paramref name="now"/>; false when it can match nothing (an unknown tile code).</summary>
    private bool TryPlan(OfferFilter filter, DateTimeOffset now, out FilterPlan plan)
    {
        uint tileMask = 0;
        DayMarks? today = null;
        if (filter.Category is { } code)
        {
            if (code == BrowseCategories.TodayCode)
            {
                today = _dayMarks.For(DaySpan.For(DayChoice.Today, now, Zone));
            }
            else
            {
                int tile = IndexOfTile(code);
                if (tile < 0)
                {
                    plan = default;
                    return false;
                }

                tileMask = 1u << tile;
            }
        }

        DayMarks? days = filter.Day is { } day ? _dayMarks.For(DaySpan.For(day, now, Zone)) : null;
        uint groupMask = 0;
        if (filter.Who is { } who)
        {
            int group = IndexOfGroup(who);
            if (group < 0)
            {
                plan = default;
                return false;
            }

            groupMask = 1u << group;
        }

        plan = new FilterPlan(tileMask, groupMask, today, days, filter.Town, filter.FreeOnly, filter.StepFreeOnly);
        return true;
    }

    private static int IndexOfGroup(string code)
    {
        IReadOnlyList<CitizenGroup> groups = CitizenGroups.All;
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Code == code)
            {
                return g;
            }
        }

        return -1;
    }

    private static int IndexOfTile(string code)
    {
        IReadOnlyList<BrowseCategory> tiles = BrowseCategories.All;
        for (int t = 0; t < tiles.Count; t++)
        {
            if (tiles[t].Code == code)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>An <see cref="OfferFilter"/> resolved once per search.</summary>
    private readonly record struct FilterPlan(
        uint TileMask,
        uint GroupMask,
        DayMarks? Today,
        DayMarks? Days,
        string? Town,
        bool FreeOnly,
        bool StepFreeOnly);

    /// <summary>For one span of days, which offers take place in it: filled in lazily, as offers are asked about.</summary>
    private sealed class DayMarks(DaySpan span, int offerCount)
    {
        public const byte Unknown = 0;
        public const byte Yes = 1;
        public const byte No = 2;

        public DaySpan Span { get; } = span;

        public byte[] ByOffer { get; } = new byte[offerCount];
    }

    /// <summary>
    /// The day marks of the last few spans asked for. Whether an offer takes place on a day does not
    /// depend on the time of asking, so each filter tap after the first for a day costs a lookup per offer.
    /// </summary>
    private sealed class DayMarksCache(int offerCount)
    {
        /// <summary>Today, tomorrow, the next seven days and the weekdays, with room for the date to change.</summary>
        private const int MaxSpans = 20;

        private readonly Lock _lock = new();
        private readonly Dictionary<DaySpan, DayMarks> _bySpan = [];

        public DayMarks For(DaySpan span)
        {
            lock (_lock)
            {
                if (!_bySpan.TryGetValue(span, out DayMarks? marks))
                {
                    if (_bySpan.Count >= MaxSpans)
                    {
                        _bySpan.Clear(); // the date has moved on; start again
                    }

                    _bySpan[span] = marks = new DayMarks(span, offerCount);
                }

                return marks;
            }
        }
    }
}

/// <summary>Danish sort order (Æ, Ø, Å after Z).</summary>
internal static class DanishOrder
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: false);
}
