using System.Globalization;
using KioskGuide.Print.Content;
using KioskGuide.Print.Fonts;
using KioskGuide.Print.Templates;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// What every layout needs from a template for one run: scaled sizes and styles, paragraphs,
/// placeholders, and the header and footer drawn on each page.
/// </summary>
internal sealed class LayoutKit : IDisposable
{
    private readonly LoadedTemplate _loaded;
    private readonly Dictionary<string, string> _values;

    public LayoutKit(LoadedTemplate loaded, PrintRequest request, DateTimeOffset now, IReadOnlyDictionary<string, string>? values = null)
    {
        _loaded = loaded;
        var t = loaded.Template;
        Template = t;
        Language = PrintLanguages.Normalise(request.Language);
        Culture = PrintLanguages.Culture(Language);
        Rtl = PrintLanguages.IsRightToLeft(Language);
        PaperSize = request.Paper ?? t.Paper;
        Scale = t.ScaleFor(PaperSize);
        PageSize = Paper.Size(PaperSize);
        Measure = new TextMeasurer(loaded.Fonts, Rtl);

        TextColour = SKColor.Parse(t.Colours.Text);
        HeadingColour = SKColor.Parse(t.Colours.Heading);
        RuleColour = SKColor.Parse(t.Colours.Rule);
        Title = Style(t.SizesPt.Title, FontStyle.Bold, HeadingColour, 1.15f);
        Heading = Style(t.SizesPt.Heading, FontStyle.Bold, HeadingColour, 1.2f);
        Body = Style(t.SizesPt.Body, FontStyle.Regular, TextColour, t.LineSpacing);
        Footer = Style(t.SizesPt.Footer, FontStyle.Regular, TextColour, 1.2f);

        var m = t.MarginsMm;
        Content = new SKRect(Mm(m.Left), Mm(m.Top), PageSize.Width - Mm(m.Right), PageSize.Height - Mm(m.Bottom));
        FooterText = request.FooterText is { Length: > 0 } footer ? new LocalText(footer, null) : t.Footer;

        _values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{site}"] = request.SiteName,
            ["{municipality}"] = request.MunicipalityName,
            ["{date}"] = LongDate(now),
        };
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            _values[key] = value;
        }
    }

    public PrintTemplate Template { get; }
    public string Language { get; }

    /// <summary>Arabic: paragraphs are set right to left.</summary>
    public bool Rtl { get; }
    public CultureInfo Culture { get; }
    public PaperSize PaperSize { get; }
    public float Scale { get; }
    public SKSize PageSize { get; }
    public SKRect Content { get; }
    public TextMeasurer Measure { get; }
    public SKColor TextColour { get; }
    public SKColor HeadingColour { get; }
    public SKColor RuleColour { get; }
    public TextStyle Title { get; }
    public TextStyle Heading { get; }
    public TextStyle Body { get; }
    public TextStyle Footer { get; }
    public LocalText FooterText { get; }
    public SKImage? Logo => _loaded.Logo;
    public FontSet Fonts => _loaded.Fonts;

    public float Mm(float millimetres) => Paper.Mm(millimetres) * Scale;

    /// <summary>A thin rule: visible on any printer, and still there when copied.</summary>
    public float RuleThickness => 0.8f * Scale;

    public static TextStyle Bold(TextStyle style) => style with { Font = FontStyle.Bold };

    public static TextStyle Sized(TextStyle style, float factor) => style with { Size = style.Size * factor, LineHeight = style.LineHeight * factor };

    public ParagraphBlock Paragraph(string text, TextStyle style, float width, Align align = Align.Left, string? link = null) =>
        Paragraph([new Span(text, style.Font)], style, width, align, link);

    public ParagraphBlock Paragraph(IEnumerable<Span> spans, TextStyle style, float width, Align align = Align.Left, string? link = null) =>
        new(TextWrapper.Wrap(spans, style.Size, width, Measure), style.Size, style.LineHeight, style.Colour, width) { Align = align, Link = link, Rtl = Rtl };

    /// <summary>"**Label:** value" as one paragraph, the label in bold.</summary>
    public ParagraphBlock Labelled(string label, string value, float width) =>
        Paragraph([new Span(label + ":", FontStyle.Bold), new Span(" " + value, FontStyle.Regular)], Body, width);

    public string Expand(LocalText text, int page = 0, int pages = 0)
    {
        var result = text.For(Language);
        foreach (var (key, value) in _values)
        {
            result = result.Replace(key, value, StringComparison.Ordinal);
        }
        return result.Replace("{page}", page.ToString(Culture), StringComparison.Ordinal)
                     .Replace("{pages}", pages.ToString(Culture), StringComparison.Ordinal);
    }

    public string LongDate(DateTimeOffset instant) =>
        instant.ToString(Language == "da" ? "d. MMMM yyyy" : "d MMMM yyyy", Culture);

    /// <summary>Height the header takes at the top of the content area (logo, header text, rule and space after).</summary>
    public float HeaderHeight(string headerText) =>
        HeaderBand(headerText) + Mm(2.5f) + RuleThickness + Mm(5);

    /// <summary>Logo at the left, header text at the right, a rule under both.</summary>
    public void DrawHeader(List<DrawOp> ops, string headerText)
    {
        float band = HeaderBand(headerText);
        float x = Content.Left, y = Content.Top;
        float textWidth = HeaderTextWidth;
        if (Logo is { } logo)
        {
            float logoHeight = Mm(Template.LogoHeightMm);
            ops.Add(new ImageOp(new SKRect(x, y + ((band - logoHeight) / 2), x + LogoWidth, y + ((band + logoHeight) / 2)), logo));
        }

        if (headerText.Length > 0)
        {
            var text = Paragraph(headerText, Bold(Footer), textWidth, Logo is null || Rtl ? Align.Left : Align.Right); // in Arabic "Left" is the start: the right edge
            text.Draw(ops, Content.Right - textWidth, y + ((band - text.Height) / 2));
        }
        ops.Add(new BoxOp(new SKRect(x, y + band + Mm(2.5f), Content.Right, y + band + Mm(2.5f) + RuleThickness), RuleColour));
    }

    /// <summary>Height the footer takes at the bottom of the content area.</summary>
    public float FooterHeight(int pages) => Mm(5) + RuleThickness + Mm(2) + FooterParagraph(1, pages).Height;

    /// <summary>A rule, the footer text, and the page number at the right when there is more than one page.</summary>
    public void DrawFooter(List<DrawOp> ops, int page, int pages)
    {
        var text = FooterParagraph(page, pages);
        float top = Content.Bottom - text.Height - Mm(2) - RuleThickness;
        ops.Add(new BoxOp(new SKRect(Content.Left, top, Content.Right, top + RuleThickness), RuleColour));
        text.Draw(ops, Content.Left, top + RuleThickness + Mm(2));
        if (pages > 1 && !FooterText.Da.Contains("{page}", StringComparison.Ordinal))
        {
            var number = $"{page}/{pages}";
            var numberBlock = Paragraph(number, Bold(Footer), Content.Width, Align.Right);
            numberBlock.Draw(ops, Content.Left, top + RuleThickness + Mm(2) + text.Height - numberBlock.Height);
        }
    }

    private ParagraphBlock FooterParagraph(int page, int pages)
    {
        float numberRoom = pages > 1 ? Measure.Width($"{pages}/{pages}", FontStyle.Bold, Footer.Size) + Mm(4) : 0;
        var text = Expand(FooterText, page, pages);
        return Paragraph(text.Length == 0 ? " " : text, Footer, Content.Width - numberRoom);
    }

    private float HeaderBand(string headerText)
    {
        float logoHeight = Logo is null ? 0 : Mm(Template.LogoHeightMm);
        float textHeight = headerText.Length == 0 ? 0 : Paragraph(headerText, Bold(Footer), HeaderTextWidth).Height;
        return Math.Max(logoHeight, textHeight);
    }

    private float LogoWidth => Logo is null ? 0 : Mm(Template.LogoHeightMm) * Logo.Width / Logo.Height;

    private float HeaderTextWidth => Content.Width - (Logo is null ? 0 : LogoWidth + Mm(4));

    private TextStyle Style(float size, FontStyle font, SKColor colour, float lineSpacing) =>
        new(size * Scale, font, colour, size * Scale * lineSpacing);

    public void Dispose() => Measure.Dispose();
}
