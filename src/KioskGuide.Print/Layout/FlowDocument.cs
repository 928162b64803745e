using KioskGuide.Print.Fonts;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// A plain document that flows down the pages, for reports rather than leaflets: a title, headings, text, bullet
/// lists and horizontal bar charts, with a footer and the page number on every page. The same
/// <see cref="PageFlow"/>, <see cref="TextWrapper"/> and blocks as the leaflet and the catalogue, so it draws with
/// <see cref="Rendering.PdfRenderer"/> (subset fonts, text kept as text) and previews with <see cref="Rendering.PngRenderer"/>.
/// A heading never stands alone at the foot of a page; <see cref="KeepTogether"/> keeps a group on one page.
/// </summary>
public sealed class FlowDocument : IDisposable
{
    private readonly FlowStyle _style;
    private readonly FontSet _fonts;
    private readonly TextMeasurer _measure;
    private readonly SKSize _pageSize;
    private readonly PageFlow _flow;
    private readonly List<Block> _pending = [];
    private List<Block>? _group;
    private bool _finished;

    public FlowDocument(FontSet fonts, FlowStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _fonts = fonts;
        _style = style ?? new FlowStyle();
        _measure = new TextMeasurer(fonts);
        _pageSize = Paper.Size(_style.Paper);
        float margin = Paper.Mm(_style.MarginMm);
        _flow = new PageFlow(new SKRect(margin, margin, _pageSize.Width - margin, _pageSize.Height - margin - (_style.FooterSize * 1.5f)));
    }

    /// <summary>The width text and charts may take, in points.</summary>
    public float ContentWidth => _flow.Content.Width;

    public void Title(string text) => Add(Paragraph(text, Style(_style.TitleSize, FontStyle.Bold)));

    /// <summary>A heading, kept on the same page as whatever comes after it.</summary>
    public void Heading(string text)
    {
        var heading = Paragraph(text, Style(_style.HeadingSize, FontStyle.Bold));
        if (_group is not null)
        {
            _group.Add(heading);
        }
        else
        {
            _pending.Add(heading);
        }
    }

    public void Text(string text, FlowText kind = FlowText.Body) => Add(Paragraph(text, Style(kind)));

    /// <summary>Vertical space in points; none at the top of a page.</summary>
    public void Space(float points)
    {
        if (_group is not null || _pending.Count > 0)
        {
            (_group ?? _pending).Add(new SpaceBlock(points));
        }
        else
        {
            _flow.Space(points);
        }
    }

    /// <summary>A bulleted item; a long one breaks across pages between its lines.</summary>
    public void Bullet(string text)
    {
        var style = Style(FlowText.Body);
        float indent = style.Size * 1.35f;
        Add(new BulletBlock(Paragraph(text, style, ContentWidth - indent), indent, style));
    }

    /// <summary>
    /// A horizontal bar chart: labels wrapped to <paramref name="labelWidth"/> (at most three lines) and right-aligned
    /// before the axis, bars up to <paramref name="barWidth"/> long, each row's value printed after its bar.
    /// </summary>
    public void BarChart(IReadOnlyList<BarRow> rows, float labelWidth, float barWidth)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var style = Style(FlowText.Body);
        var valueStyle = Style(FlowText.Strong);
        float widest = rows.Select(r => _measure.Width(r.Value, FontStyle.Bold, valueStyle.Size)).DefaultIfEmpty(0).Max();
        if (labelWidth + BarRowBlock.Gap + barWidth + widest + 6f > ContentWidth + 0.01f)
        {
            throw new ArgumentOutOfRangeException(nameof(barWidth), $"Labels, bars and values need more than the {ContentWidth:0} points of a line.");
        }

        var blocks = rows.Select(r => (Block)new BarRowBlock(Lines(r.Label, style, labelWidth, maxLines: 3), labelWidth, barWidth, r.Value, r.Fraction, style, _style.Accent)).ToList();
        var chart = new StackBlock(blocks) { Splittable = true };
        Add(chart.Height > _flow.Content.Height ? chart : new StackBlock(blocks));
    }

    /// <summary>Everything <paramref name="content"/> adds stays on one page, unless together it is taller than a page.</summary>
    public void KeepTogether(Action content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_group is not null)
        {
            throw new InvalidOperationException("KeepTogether does not nest.");
        }

        _group = [];
        try
        {
            content();
        }
        finally
        {
            var blocks = _group;
            _group = null;
            if (blocks.Count > 0)
            {
                var stack = new StackBlock(blocks);
                Add(stack.Height > _flow.Content.Height ? new StackBlock(blocks) { Splittable = true } : stack);
            }
        }
    }

    /// <summary>The laid-out pages, each with <paramref name="footer"/> at the left and <paramref name="pageNumber"/>(page, pages) at the right.</summary>
    public LaidOutDocument Finish(DocumentInfo info, string footer, Func<int, int, string> pageNumber)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(pageNumber);
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        FlushPending(0);
        var pages = _flow.Pages;
        float baseline = _pageSize.Height - (Paper.Mm(_style.MarginMm) / 2);
        for (int i = 0; i < pages.Count; i++)
        {
            var number = pageNumber(i + 1, pages.Count);
            pages[i].Add(new TextOp(footer, _flow.Content.Left, baseline, FontStyle.Regular, _style.FooterSize, _style.Muted));
            float width = _measure.Width(number, FontStyle.Regular, _style.FooterSize);
            pages[i].Add(new TextOp(number, _flow.Content.Right - width, baseline, FontStyle.Regular, _style.FooterSize, _style.Muted));
        }

        return new LaidOutDocument(_pageSize, [.. pages.Select(p => new LaidOutPage(p))], info, _fonts);
    }

    public void Dispose() => _measure.Dispose();

    private void Add(Block block)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_group is not null)
        {
            _group.Add(block);
            return;
        }

        FlushPending(block.CanSplit ? Math.Min(block.Height, _flow.Content.Height / 3) : block.Height);
        _flow.Add(block);
    }

    private void FlushPending(float keepWithNext)
    {
        if (_pending.Count > 0)
        {
            var heading = new StackBlock([.. _pending]);
            _pending.Clear();
            _flow.Add(heading, keepWithNext);
        }
    }

    private ParagraphBlock Paragraph(string text, TextStyle style, float? width = null) =>
        new(Lines(text, style, width ?? ContentWidth), style.Size, style.LineHeight, style.Colour, width ?? ContentWidth);

    private List<TextLine> Lines(string text, TextStyle style, float width, int maxLines = int.MaxValue)
    {
        var lines = TextWrapper.Wrap([new Span(text, style.Font)], style.Size, width, _measure);
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            var last = lines[^1].Pieces[^1];
            var ellipsis = last.Text + " …";
            lines[^1] = new TextLine([.. lines[^1].Pieces.SkipLast(1), last with { Text = ellipsis, Width = _measure.Width(ellipsis, last.Style, style.Size) }]);
        }
        return lines;
    }

    private TextStyle Style(FlowText kind) => kind switch
    {
        FlowText.Small => Style(_style.SmallSize, FontStyle.Regular),
        FlowText.Strong => Style(_style.BodySize, FontStyle.Bold),
        _ => Style(_style.BodySize, FontStyle.Regular),
    };

    private TextStyle Style(float size, FontStyle font) => new(size, font, _style.Text, size * _style.LineSpacing);
}
