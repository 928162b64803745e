using KioskGuide.DemoContent;
using KioskGuide.Feed.Mapping;
using KioskGuide.Central.Feed.Import;

namespace KioskGuide.Central.Feed.Content;

/// <summary>The kiosk's 91 demo offers as profile services, so a kiosk following the demo server shows the same offers.</summary>
public static class DemoContent
{
    public static IEnumerable<ImportCandidate> Candidates(string stateProvince) =>
        DemoOffers.Load().Select(offer => new ImportCandidate($"demo offer '{offer.Name}'", OfferToHsds.Write(offer, stateProvince), offer.Id.ToString()));
}
