using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;
using KioskGuide.Print.Content;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Qr;
using KioskGuide.Print.Templates;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// Lays out the printed catalogue: a cover, a table of contents, one section per theme (each offer
/// once, under its first theme), an index of offers by town, and page numbers in the footer.
/// </summary>
internal static class CatalogueLayout
{
    private static readonly StringComparer Danish = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    private sealed record Section(string Title, IReadOnlyList<Offer> Offers);

    public static LaidOutDocument Lay(IReadOnlyList<Offer> offers, CatalogueSelection selection, LoadedTemplate template, PrintRequest request, DateTimeOffset now, TimeZoneInfo zone)
    {
        string language = PrintLanguages.Normalise(request.Language);
        var count = offers.Count == 1 ? PrintText.OneOffer.For(language) : string.Format(CultureInfo.InvariantCulture, PrintText.OfferCount.For(language), offers.Count);
        using var kit = new LayoutKit(template, request, now, new Dictionary<string, string>
        {
            ["{count}"] = count,
            ["{selection}"] = selection.Describe(language),
        });
        var t = kit.Template;
        string header = kit.Expand(t.Header);
        var body = new SKRect(kit.Content.Left, kit.Content.Top + kit.HeaderHeight(header), kit.Content.Right, kit.Content.Bottom - kit.FooterHeight(2));
        var sections = Sections(offers, selection, language);

        // The contents' length depends only on how many lines it has, so lay it out once with
        // stand-in numbers to learn where the sections start, then again with the real ones.
        int contentsPages = t.Contents ? Contents(kit, body, sections, null, 0).Count : 0;
        int firstBodyPage = 2 + contentsPages;

        var flow = new PageFlow(body);
        var sectionPages = new List<int>();
        var offerPages = new Dictionary<Guid, int>();
        foreach (var section in sections)
        {
            var entries = section.Offers.Select(o => Entry(o, kit, body.Height, now, zone)).ToList();
            var heading = SectionHeading(kit, section.Title, body.Width);
            flow.Space(kit.Body.Size * 1.2f);
            flow.Add(heading, keepWithNext: entries.Count > 0 ? Math.Min(entries[0].Height, (body.Height - heading.Height) / 2) : 0);
            sectionPages.Add(firstBodyPage + flow.PageIndex);
            for (int i = 0; i < entries.Count; i++)
            {
                flow.Add(entries[i]);
                offerPages.TryAdd(section.Offers[i].Id, firstBodyPage + flow.PageIndex);
            }
        }

        int indexPage = 0;
        if (t.IndexByTown && offers.Count > 0)
        {
            flow.NewPage();
            indexPage = firstBodyPage + flow.PageIndex;
            Index(kit, flow, offers, offerPages);
        }

        var pages = new List<List<DrawOp>> { Cover(kit, offers.Count) };
        if (t.Contents)
        {
            pages.AddRange(Contents(kit, body, sections, sectionPages, indexPage));
        }
        pages.AddRange(flow.Pages);
        for (int i = 1; i < pages.Count; i++)
        {
            kit.DrawHeader(pages[i], header);
            kit.DrawFooter(pages[i], i + 1, pages.Count);
        }

        var title = kit.Expand(t.Cover?.Title ?? new LocalText("Fællesskaber og tilbud", "Communities and offers"));
        return new LaidOutDocument(kit.PageSize, pages.Select(p => new LaidOutPage(p)).ToList(),
            new DocumentInfo($"{title}: {selection.Describe(language)}", request.MunicipalityName, count, language), template.Fonts);
    }

    /// <summary>Each offer once, under its first known theme (the chosen one when selecting by theme), themes in the taxonomy's order.</summary>
    private static List<Section> Sections(IReadOnlyList<Offer> offers, CatalogueSelection selection, string language)
    {
        string PrimaryTheme(Offer o) => selection.Theme ?? o.Themes.FirstOrDefault(KioskTaxonomy.IsTheme) ?? "";
        var byTheme = offers.GroupBy(PrimaryTheme).ToDictionary(g => g.Key, g => g.OrderBy(o => OfferFacts.Name(o, language), Danish).ToList());
        var sections = KioskTaxonomy.Themes
            .Where(theme => byTheme.ContainsKey(theme.Code))
            .Select(theme => new Section(theme.Label(language), byTheme[theme.Code]))
            .ToList();
        if (byTheme.TryGetValue("", out var other))
        {
            sections.Add(new Section(PrintText.OtherOffers.For(language), other));
        }
        return sections;
    }

    private static List<DrawOp> Cover(LayoutKit kit, int offerCount)
    {
        var t = kit.Template;
        var cover = t.Cover ?? new TemplateCover();
        var ops = new List<DrawOp>();
        var c = kit.Content;
        float y = c.Top;
        if (kit.Logo is { } logo)
        {
            float height = kit.Mm(t.LogoHeightMm * 2);
            float width = height * logo.Width / logo.Height;
            ops.Add(new ImageOp(SKRect.Create(c.MidX - (width / 2), y, width, height), logo));
            y += height;
        }

        y = Math.Max(y + kit.Mm(10), c.Top + (c.Height * 0.28f));
        var title = kit.Paragraph(kit.Expand(cover.Title), LayoutKit.Sized(kit.Title, 1.5f), c.Width, Align.Center);
        title.Draw(ops, c.Left, y);
        y += title.Height + kit.Mm(6);
        ops.Add(new BoxOp(SKRect.Create(c.MidX - kit.Mm(20), y, kit.Mm(40), kit.RuleThickness * 2), kit.RuleColour));
        y += kit.Mm(8);
        foreach (var (text, style) in new[] { (kit.Expand(cover.Subtitle), kit.Heading), (kit.Expand(new LocalText("{selection}", null)), LayoutKit.Sized(kit.Body, 1.3f)) })
        {
            if (text.Length > 0)
            {
                var block = kit.Paragraph(text, style, c.Width, Align.Center);
                block.Draw(ops, c.Left, y);
                y += block.Height + kit.Mm(3);
            }
        }

        var bottom = new List<ParagraphBlock>();
        if (kit.Expand(cover.Guide) is { Length: > 0 } guide)
        {
            bottom.Add(kit.Paragraph(guide, kit.Body, c.Width * 0.85f, Align.Center));
        }
        var count = offerCount == 1 ? PrintText.OneOffer.For(kit.Language) : string.Format(CultureInfo.InvariantCulture, PrintText.OfferCount.For(kit.Language), offerCount);
        bottom.Add(kit.Paragraph($"{count} · {string.Format(CultureInfo.InvariantCulture, PrintText.PrintedOn.For(kit.Language), kit.Expand(new LocalText("{date}", null)))}", kit.Footer, c.Width, Align.Center));
        float by = c.Bottom - bottom.Sum(b => b.Height) - (kit.Mm(4) * (bottom.Count - 1));
        foreach (var block in bottom)
        {
            block.Draw(ops, c.Left + ((c.Width - (block == bottom[^1] ? c.Width : c.Width * 0.85f)) / 2), by);
            by += block.Height + kit.Mm(4);
        }
        return ops;
    }

    /// <summary>The table of contents; with <paramref name="sectionPages"/> null it uses stand-in numbers to count its own pages.</summary>
    private static IReadOnlyList<List<DrawOp>> Contents(LayoutKit kit, SKRect body, List<Section> sections, List<int>? sectionPages, int indexPage)
    {
        var flow = new PageFlow(body);
        flow.Add(kit.Paragraph(PrintText.Contents.For(kit.Language), kit.Title, body.Width));
        flow.Space(kit.Body.Size);
        var style = LayoutKit.Sized(kit.Body, 1.15f);
        for (int i = 0; i < sections.Count; i++)
        {
            flow.Add(Leader(kit, $"{sections[i].Title} ({sections[i].Offers.Count})", sectionPages?[i] ?? 999, style, body.Width));
            flow.Space(style.Size * 0.35f);
        }
        if (kit.Template.IndexByTown && sections.Count > 0)
        {
            flow.Add(Leader(kit, PrintText.IndexByTown.For(kit.Language), sectionPages is null ? 999 : indexPage, style, body.Width));
        }
        return flow.Pages;
    }

    private static void Index(LayoutKit kit, PageFlow flow, IReadOnlyList<Offer> offers, Dictionary<Guid, int> offerPages)
    {
        float width = flow.Content.Width;
        flow.Add(kit.Paragraph(PrintText.IndexByTown.For(kit.Language), kit.Title, width));
        var towns = offers.SelectMany(o => o.Towns.Select(town => (Town: town, Offer: o)))
            .GroupBy(x => x.Town, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, Danish);
        foreach (var town in towns)
        {
            var lines = town.Select(x => x.Offer).DistinctBy(o => o.Id).OrderBy(o => OfferFacts.Name(o, kit.Language), Danish)
                .Select(o => Leader(kit, OfferFacts.Name(o, kit.Language), offerPages.GetValueOrDefault(o.Id), kit.Body, width)).ToList();
            var heading = kit.Paragraph(town.Key, kit.Heading, width);
            flow.Space(kit.Body.Size * 0.8f);
            flow.Add(heading, keepWithNext: lines.Count > 0 ? lines[0].Height : 0);
            foreach (var line in lines)
            {
                flow.Add(line);
            }
        }
    }

    /// <summary>
    /// The offer's name as a heading and its essentials below. The QR code stands at the right when the
    /// page is wide enough for a text column beside it (A4), else under the text with its address (A5).
    /// </summary>
    private static StackBlock Entry(Offer offer, LayoutKit kit, float pageBodyHeight, DateTimeOffset now, TimeZoneInfo zone)
    {
        var t = kit.Template;
        float width = kit.Content.Width;
        var target = t.Fields.Contains("qr") ? PrintLinks.For(offer) : null;
        float side = kit.Mm(t.Qr.SizeMm);
        float gap = kit.Mm(5);
        bool qrBeside = target is not null && width - side - gap >= kit.Mm(110);
        float textWidth = qrBeside ? width - side - gap : width;
        float space = kit.Body.Size * 0.25f;

        var parts = new List<Block> { kit.Paragraph(OfferFacts.Name(offer, kit.Language), kit.Heading, textWidth), new SpaceBlock(space) };
        foreach (var field in t.Fields)
        {
            switch (field)
            {
                case "summary":
                    parts.Add(kit.Paragraph(OfferFacts.Summary(offer, kit.Language), kit.Body, textWidth));
                    parts.Add(new SpaceBlock(space));
                    break;
                case "description" when OfferFacts.Description(offer, kit.Language) is { Length: > 0 } description:
                    parts.Add(kit.Paragraph(description, kit.Body, textWidth));
                    parts.Add(new SpaceBlock(space));
                    break;
                case "qr" when target is not null && qrBeside && !target.IsPhone:
                    parts.Add(kit.Paragraph([new Span(PrintText.WebHeading.For(kit.Language) + ":", FontStyle.Bold), new Span(" " + target.Display, FontStyle.Regular)], kit.Body, textWidth, link: target.Url));
                    break;
                case "qr" when target is not null && !qrBeside:
                    var label = kit.Paragraph((target.IsPhone ? PrintText.PhoneHeading : PrintText.WebHeading).For(kit.Language) + ":", LayoutKit.Bold(kit.Body), width - side - gap);
                    var address = kit.Paragraph(target.Display, kit.Body, width - side - gap, link: target.Url);
                    parts.Add(new SpaceBlock(space * 2));
                    parts.Add(new RowBlock(QrCode(kit, target, side), side, gap, new StackBlock([new SpaceBlock(kit.Mm(2)), label, address])));
                    break;
                case "qr":
                    break;
                default:
                    // The rule in words and the next dates from the day it is printed (the cover and footer carry that date):
                    // "hver anden mandag" alone leaves the reader to work out which Mondays.
                    foreach (var fact in OfferFacts.For(field, offer, kit.Language, now, zone, nextDates: true))
                    {
                        parts.Add(kit.Labelled(fact.Label, fact.Text, textWidth));
                    }
                    break;
            }
        }

        var blocks = new List<Block> { new SpaceBlock(kit.Body.Size * 0.6f) };
        if (qrBeside)
        {
            blocks.Add(new RowBlock(new StackBlock(parts), textWidth, gap, new StackBlock([new SpaceBlock(kit.Mm(1)), QrCode(kit, target!, side)])));
        }
        else
        {
            blocks.AddRange(parts);
        }
        blocks.Add(new RuleBlock(width, kit.RuleThickness * 0.6f, kit.Body.Size * 0.6f, kit.RuleColour));

        // Kept on one page, unless it is taller than a page: then it breaks between its facts.
        var entry = new StackBlock(blocks);
        return entry.Height <= pageBodyHeight ? entry : new StackBlock(blocks) { Splittable = true };
    }

    private static QrBlock QrCode(LayoutKit kit, QrTarget target, float side) =>
        new(QrMatrix.Encode(target.Url, kit.Template.Qr.ErrorCorrection), side, target.Url, kit.TextColour);

    private static StackBlock SectionHeading(LayoutKit kit, string title, float width) =>
        new([kit.Paragraph(title, kit.Title, width), new RuleBlock(width, kit.RuleThickness * 2, kit.Mm(1), kit.RuleColour), new SpaceBlock(kit.Mm(1))]);

    private static LeaderBlock Leader(LayoutKit kit, string text, int page, TextStyle style, float width)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        float numberWidth = kit.Measure.Width(number, style.Font, style.Size);
        float room = kit.Measure.Width("9999", style.Font, style.Size) + (style.Size * 1.5f);
        var lines = TextWrapper.Wrap([new Span(text, style.Font)], style.Size, width - room, kit.Measure);
        var paragraph = new ParagraphBlock(lines, style.Size, style.LineHeight, style.Colour, width - room) { Splittable = false, Rtl = kit.Rtl };
        return new LeaderBlock(paragraph, lines.Count == 0 ? 0 : lines[^1].Width, number, numberWidth, width, style, kit.Measure.Width(".", FontStyle.Regular, style.Size));
    }
}
