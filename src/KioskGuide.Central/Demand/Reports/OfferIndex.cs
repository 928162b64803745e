using KioskGuide.Central.Feed.Data;
using KioskGuide.Domain.Offers;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Profile;

namespace KioskGuide.Central.Demand.Reports;

/// <summary>The feed's live offers as the kiosks see them: their names, and how many there are per theme and target group.</summary>
public sealed class OfferIndex(IFeedStore feed)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<Offer>> OffersAsync(CancellationToken cancellationToken)
    {
        var offers = new List<Offer>();
        for (int page = 1; ; page++)
        {
            var list = await feed.ListAsync(HsdsProfile.ServiceKind, page, PageSize, null, cancellationToken);
            foreach (var json in list.Items)
            {
                if (ServiceDecoder.Decode(json, DecodeMode.Lenient) is { Offer: { } offer, Status: "active" })
                {
                    offers.Add(offer);
                }
            }

            if (list.Items.Count < PageSize || page * PageSize >= list.TotalItems)
            {
                return offers;
            }
        }
    }
}
