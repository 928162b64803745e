using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Print.Content;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Qr;
using KioskGuide.Print.Templates;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// Lays out one offer's large-print leaflet: header with logo, the offer's name, what it is, the facts
/// the template lists (each a paragraph with a bold label), a QR box at the foot, and the footer.
/// One page when it fits (measured, leaving out the template's droppable fields one by one if need be); otherwise
/// front and back, the back starting at the template's SecondPageFrom. The phone number is printed large.
/// </summary>
internal static class LeafletLayout
{
    public static LaidOutDocument Lay(Offer offer, LoadedTemplate template, PrintRequest request, DateTimeOffset now, TimeZoneInfo zone)
    {
        using var kit = new LayoutKit(template, request, now);
        var t = kit.Template;
        string header = kit.Expand(t.Header);
        var body = new SKRect(kit.Content.Left, kit.Content.Top + kit.HeaderHeight(header), kit.Content.Right, kit.Content.Bottom - kit.FooterHeight(2));

        // Measured, not guessed: everything if it fits one page; else leave out the droppable fields one at a time,
        // in the template's order, until it does; only when even that needs two pages, front and back with everything.
        var flow = Flow(offer, kit, body, now, zone, t.Fields, breakBefore: null);
        var dropped = new List<string>();
        foreach (var drop in t.DropToFitOnePage)
        {
            if (flow.Pages.Count == 1)
            {
                break;
            }

            dropped.Add(drop);
            flow = Flow(offer, kit, body, now, zone, t.Fields.Except(dropped).ToList(), breakBefore: null);
        }

        if (flow.Pages.Count > 1)
        {
            // Last try for one page: the QR code smaller, with just the address beside it, and no e-mail when there is a phone.
            flow = Flow(offer, kit, body, now, zone, t.Fields.Except(dropped).ToList(), breakBefore: null, compactQr: true);
        }

        if (flow.Pages.Count > 1)
        {
            flow = Flow(offer, kit, body, now, zone, t.Fields, breakBefore: null);
            if (t.SecondPageFrom is { } from && Flow(offer, kit, body, now, zone, t.Fields, from) is { } balanced && balanced.Pages.Count <= flow.Pages.Count)
            {
                flow = balanced;
            }
        }

        int pages = flow.Pages.Count;
        for (int i = 0; i < pages; i++)
        {
            kit.DrawHeader(flow.Pages[i], header);
            kit.DrawFooter(flow.Pages[i], i + 1, pages);
        }

        var name = OfferFacts.Name(offer, kit.Language);
        return new LaidOutDocument(kit.PageSize, flow.Pages.Select(p => new LaidOutPage(p)).ToList(),
            new DocumentInfo(name, request.MunicipalityName is { Length: > 0 } m ? m : offer.Organizer.Name, OfferFacts.Summary(offer, kit.Language), kit.Language),
            kit.Fonts);
    }

    private static PageFlow Flow(Offer offer, LayoutKit kit, SKRect body, DateTimeOffset now, TimeZoneInfo zone, IReadOnlyList<string> fields,
        string? breakBefore, bool compactQr = false)
    {
        float width = body.Width;
        float gap = kit.Body.Size * 0.4f;
        var flow = new PageFlow(body);
        var qrBox = fields.Contains("qr") ? (compactQr ? CompactQrBox(offer, kit, width) : QrBox(offer, kit, width)) : null;
        var facts = fields.Select(f => (Field: f, Facts: f is "name" or "summary" or "description" or "qr"
            ? new List<Fact>() : OfferFacts.For(f, offer, kit.Language, now, zone, nextDates: true).ToList())).ToList();
        if (compactQr && offer.Contact.Phone is { Length: > 0 })
        {
            // Squeezed for one page: with a phone to call, the e-mail address is the line to spare.
            facts = [.. facts.Select(f => f.Field == "contact" ? (f.Field, f.Facts.Where(x => x.Label != PrintText.Email.For(kit.Language)).ToList()) : f)];
        }
        int qrIndex = facts.FindIndex(f => f.Field == "qr");
        var lastFact = facts.Take(Math.Max(qrIndex, 0)).SelectMany(f => f.Facts).LastOrDefault();

        foreach (var (field, fieldFacts) in facts)
        {
            if (field == breakBefore && flow.PageIndex == 0 && !flow.AtTop)
            {
                flow.NewPage();
            }

            switch (field)
            {
                case "name":
                    flow.Add(kit.Paragraph(OfferFacts.Clip(OfferFacts.Name(offer, kit.Language), 200), kit.Title, width));
                    flow.Space(kit.Body.Size * 0.6f);
                    break;
                case "summary":
                    flow.Add(kit.Paragraph(OfferFacts.Clip(OfferFacts.Summary(offer, kit.Language), OfferFacts.LeafletFactLength), LayoutKit.Sized(kit.Body, 1.15f), width));
                    flow.Space(gap * 1.5f);
                    break;
                case "description" when OfferFacts.Description(offer, kit.Language) is { Length: > 0 } description:
                    flow.Add(kit.Paragraph(OfferFacts.Clip(description, OfferFacts.LeafletDescriptionLength), kit.Body, width));
                    flow.Space(gap);
                    break;
                case "qr":
                    if (qrBox is not null)
                    {
                        flow.Space(compactQr ? gap : gap * 2);
                        flow.AddAtBottom(qrBox);
                    }
                    break;
                default:
                    foreach (var fact in fieldFacts)
                    {
                        // When the QR box must go over the page, the last fact goes with it, so no page holds the code alone.
                        float keep = ReferenceEquals(fact, lastFact) && qrBox is not null ? qrBox.Height + (gap * 3) : 0;
                        // The phone is often the only way to sign up: large and bold, not one more line of body text.
                        var block = field == "contact" && fact.Label == PrintText.Phone.For(kit.Language)
                            ? PhoneBlock(kit, fact, width, squeeze: compactQr)
                            : kit.Labelled(fact.Label, OfferFacts.Clip(fact.Text, OfferFacts.LeafletFactLength), width);
                        flow.Add(block, keep);
                        flow.Space(gap);
                    }
                    break;
            }
        }
        return flow;
    }

    /// <summary>
    /// "Telefon: +45 72 49 53 32 (Else Marie Kragh)" in the heading size, bold. Squeezed for one page, the contact's
    /// name is left out when it would wrap the number onto a second line.
    /// </summary>
    private static ParagraphBlock PhoneBlock(LayoutKit kit, Fact fact, float width, bool squeeze)
    {
        string text = fact.Text;
        int name = text.IndexOf(" (", StringComparison.Ordinal);
        if (squeeze && name > 0 && kit.Measure.Width($"{fact.Label}: {text}", FontStyle.Bold, kit.Heading.Size) > width)
        {
            text = text[..name];
        }

        return kit.Paragraph([new Span(fact.Label + ": ", FontStyle.Bold), new Span(text, FontStyle.Bold)], kit.Heading, width);
    }

    /// <summary>A smaller QR code (20 mm, still easy to scan) with only a bold label and the address beside it.</summary>
    private static RowBlock? CompactQrBox(Offer offer, LayoutKit kit, float width)
    {
        if (PrintLinks.For(offer) is not { } target)
        {
            return null;
        }

        float side = Math.Min(kit.Mm(kit.Template.Qr.SizeMm), kit.Mm(20));
        float gap = kit.Mm(4);
        float textWidth = width - side - gap;
        var heading = kit.Paragraph((target.IsPhone ? PrintText.PhoneHeading : PrintText.WebHeading).For(kit.Language) + ":", LayoutKit.Bold(kit.Body), textWidth);
        var address = kit.Paragraph(target.Display, kit.Body, textWidth, link: target.Url);
        var qr = new QrBlock(QrMatrix.Encode(target.Url, kit.Template.Qr.ErrorCorrection), side, target.Url, kit.TextColour);
        return new RowBlock(qr, side, gap, new StackBlock([heading, address]));
    }

    /// <summary>The QR code at the left; at its right what it leads to, in words and as the address to type.</summary>
    private static RowBlock? QrBox(Offer offer, LayoutKit kit, float width)
    {
        if (PrintLinks.For(offer) is not { } target)
        {
            return null;
        }

        float side = kit.Mm(kit.Template.Qr.SizeMm);
        float gap = kit.Mm(4);
        float textWidth = width - side - gap;
        var lang = kit.Language;
        var heading = kit.Paragraph((target.IsPhone ? PrintText.PhoneHeading : PrintText.WebHeading).For(lang), kit.Heading, textWidth);
        var hint = kit.Paragraph((target.IsPhone ? PrintText.PhoneHint : PrintText.WebHint).For(lang), kit.Body, textWidth);
        var address = kit.Paragraph(target.Display, LayoutKit.Bold(kit.Body), textWidth, link: target.Url);
        var text = new StackBlock([heading, new SpaceBlock(kit.Body.Size * 0.3f), hint, address]);
        var qr = new QrBlock(QrMatrix.Encode(target.Url, kit.Template.Qr.ErrorCorrection), side, target.Url, kit.TextColour);
        return new RowBlock(qr, side, gap, text);
    }
}
