using KioskGuide.Domain.Demand;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Demand;

/// <summary>
/// The hooks screens call, one line each, for one screen's circuit. Everything it remembers about the visit (the
/// search being typed, whether an offer was opened, the languages used) lives here only until the visit ends and
/// never reaches the counters as anything but +1 on a day's (kind, key): no time, no order, no link between two signals.
/// </summary>
/// <remarks>
/// A search is counted once it has settled (the keyboard is closed, the screen is left, the field is emptied, or the
/// visit ends), not at every key: a prefix typed on the way ("sv", "svø") is no search.
/// Nothing is counted from a prerender (<see cref="Attach"/>): only the live screen counts.
/// </remarks>
public sealed class DemandVisit : IDisposable
{
    private readonly DemandCounter _counter;
    private readonly KioskSession _session;
    private readonly CatalogueProvider _catalogues;
    private readonly TimeProvider _time;
    private readonly string? _town;
    private readonly HashSet<string> _languages = new(StringComparer.Ordinal);
    private bool _live;
    private bool _touched;
    private bool _offerOpened;
    private string? _typed;
    private string? _lastSettled;

    public DemandVisit(DemandCounter counter, KioskSession session, CatalogueProvider catalogues, TimeProvider time, IOptions<KioskOptions> options)
    {
        _counter = counter;
        _session = session;
        _catalogues = catalogues;
        _time = time;
        _town = options.Value.Town;
        _session.Changed += OnSessionChanged;
    }

    /// <summary>Called by the frame: counts only when the screen is live (not the prerendered first paint).</summary>
    public void Attach(bool interactive) => _live = interactive;

    /// <summary>Any touch: the visit has a person in it.</summary>
    public void Touched()
    {
        if (!_touched)
        {
            _touched = true;
            _languages.Add(_session.Language);
        }
    }

    public void Tile(string code) => Count(DemandKinds.Tile, code);

    /// <summary>A filter change: each refinement newly chosen is counted.</summary>
    public void FilterChosen(OfferFilter before, OfferFilter after)
    {
        if (after.Who is { } who && who != before.Who) { Count(DemandKinds.Filter, "who:" + who); }
        if (after.Town is { } town && town != before.Town) { Count(DemandKinds.Filter, "town:" + town); }
        if (after.Day is { } day && day != before.Day) { Count(DemandKinds.Filter, "day:" + day.ToString().ToLowerInvariant()); }
        if (after.FreeOnly && !before.FreeOnly) { Count(DemandKinds.Filter, "free"); }
        if (after.StepFreeOnly && !before.StepFreeOnly) { Count(DemandKinds.Filter, "step-free"); }
    }

    /// <summary>The search field's text now; an emptied field settles what was there.</summary>
    public void Typed(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            SearchSettled();
            _lastSettled = null;
        }
        else
        {
            _typed = query;
        }
    }

    /// <summary>The citizen has stopped typing this search: it is counted (once), as found or not found.</summary>
    public void SearchSettled()
    {
        var typed = _typed;
        _typed = null;
        if (typed is null || DemandTerms.Normalise(typed) is not { } term || term == _lastSettled)
        {
            return;
        }

        _lastSettled = term;
        // Found or not without any filter: a filter that empties the list says nothing about the words.
        bool found = _catalogues.Current.Search(typed, OfferFilter.None, _time.GetUtcNow(), _town).Count > 0;
        Count(found ? DemandKinds.SearchMatch : DemandKinds.SearchNoMatch, term);
    }

    public void OfferOpened(Offer offer)
    {
        Count(DemandKinds.OfferOpened, offer.Id.ToString("D"));
        foreach (var theme in offer.Themes.Distinct(StringComparer.Ordinal)) { Count(DemandKinds.ThemeOpened, theme); }
        foreach (var group in offer.TargetGroups.Distinct(StringComparer.Ordinal)) { Count(DemandKinds.GroupOpened, group); }
        _offerOpened = _offerOpened || _live;
    }

    public void LeafletPrinted(Guid offerId) => Count(DemandKinds.LeafletPrinted, offerId.ToString("D"));

    /// <summary>For the week programme's print (null: a programme of several offers).</summary>
    public void WeekPrinted(Guid? offerId) => Count(DemandKinds.WeekPrinted, offerId?.ToString("D") ?? "all");

    /// <summary>For read-aloud, when a screen reads text aloud: counted in the language read.</summary>
    public void ReadAloud() => Count(DemandKinds.ReadAloud, _session.Language);

    /// <summary>
    /// The visit is over (the idle reset, before the screen is cleared): the search being typed is counted, the
    /// languages used, and whether it ended without any offer opened. Then everything about it is forgotten.
    /// </summary>
    public void VisitEnded()
    {
        SearchSettled();
        if (_touched)
        {
            foreach (var language in _languages) { Count(DemandKinds.Language, language); }
            if (!_offerOpened) { Count(DemandKinds.IdleNoOffer, ""); }
        }

        _languages.Clear();
        _touched = _offerOpened = false;
        _typed = _lastSettled = null;
    }

    private void OnSessionChanged()
    {
        if (_touched)
        {
            _languages.Add(_session.Language);
        }
    }

    private void Count(string kind, string key)
    {
        if (_live)
        {
            _counter.Count(kind, key);
        }
    }

    public void Dispose() => _session.Changed -= OnSessionChanged;
}
