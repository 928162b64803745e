using KioskGuide.Print.Fonts;
using KioskGuide.Print.Qr;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>A piece of a page with a known height, drawn at a given top-left point.</summary>
internal abstract class Block
{
    public abstract float Height { get; }

    /// <summary>True when the block may be cut between lines at a page break.</summary>
    public virtual bool CanSplit => false;

    public abstract void Draw(List<DrawOp> ops, float x, float y);

    /// <summary>The part that fits in <paramref name="height"/> and the rest; only when <see cref="CanSplit"/>.</summary>
    public virtual (Block Head, Block Tail)? Split(float height) => null;
}

internal enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>Wrapped lines of text in one size and colour (styles may change within a line).</summary>
internal sealed class ParagraphBlock : Block
{
    private readonly IReadOnlyList<TextLine> _lines;
    private readonly float _size;
    private readonly float _lineHeight;
    private readonly SKColor _colour;
    private readonly float _width;

    public ParagraphBlock(IReadOnlyList<TextLine> lines, float size, float lineHeight, SKColor colour, float width)
    {
        _lines = lines;
        _size = size;
        _lineHeight = lineHeight;
        _colour = colour;
        _width = width;
    }

    public Align Align { get; init; }

    /// <summary>When set, the text is also a clickable link to this address in the PDF.</summary>
    public string? Link { get; init; }

    /// <summary>Paragraphs longer than a few lines may break across pages; short ones stay whole.</summary>
    public bool Splittable { get; init; } = true;

    /// <summary>
    /// Right to left (Arabic): lines start at the right edge and a line's pieces (a bold label, then its value) run
    /// leftwards; <see cref="Align"/> Left and Right then mean the line's start and end.
    /// </summary>
    public bool Rtl { get; init; }

    public int LineCount => _lines.Count;

    public float Width => _width;

    public override float Height => _lines.Count * _lineHeight;

    public override bool CanSplit => Splittable && _lines.Count > 3;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        // The baseline sits so the extra line spacing is shared above and below the letters.
        float baselineOffset = ((_lineHeight - _size) / 2) + (_size * 0.8f);
        for (int i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var align = !Rtl ? Align : Align switch { Align.Left => Align.Right, Align.Right => Align.Left, _ => Align.Center };
            float left = align switch
            {
                Align.Center => x + ((_width - line.Width) / 2),
                Align.Right => x + _width - line.Width,
                _ => x,
            };
            float top = y + (i * _lineHeight);
            foreach (var piece in line.Pieces)
            {
                float pieceX = Rtl ? left + line.Width - piece.X - piece.Width : left + piece.X;
                ops.Add(new TextOp(piece.Text, pieceX, top + baselineOffset, piece.Style, _size, _colour, Rtl));
            }
            if (Link is not null && line.Width > 0)
            {
                ops.Add(new LinkOp(new SKRect(left, top, left + line.Width, top + _lineHeight), Link));
            }
        }
    }

    public override (Block Head, Block Tail)? Split(float height)
    {
        int fit = (int)Math.Floor(height / _lineHeight);
        if (!CanSplit || fit < 2 || _lines.Count - fit < 2)
        {
            return null; // never leave a single line alone at the foot or head of a page
        }
        return (With(_lines.Take(fit).ToList()), With(_lines.Skip(fit).ToList()));
    }

    private ParagraphBlock With(IReadOnlyList<TextLine> lines) =>
        new(lines, _size, _lineHeight, _colour, _width) { Align = Align, Link = Link, Splittable = Splittable, Rtl = Rtl };
}

/// <summary>Empty vertical space.</summary>
internal sealed class SpaceBlock(float height) : Block
{
    public override float Height => height;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
    }
}

/// <summary>A horizontal rule.</summary>
internal sealed class RuleBlock(float width, float thickness, float spaceAround, SKColor colour) : Block
{
    public override float Height => thickness + (2 * spaceAround);

    public override void Draw(List<DrawOp> ops, float x, float y) =>
        ops.Add(new BoxOp(new SKRect(x, y + spaceAround, x + width, y + spaceAround + thickness), colour));
}

/// <summary>A QR code of a given side length (quiet zone included), clickable in the PDF.</summary>
internal sealed class QrBlock(QrMatrix matrix, float side, string url, SKColor colour) : Block
{
    public override float Height => side;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        var rect = new SKRect(x, y, x + side, y + side);
        ops.Add(new QrOp(rect, matrix, colour));
        ops.Add(new LinkOp(rect, url));
    }
}

/// <summary>Blocks stacked top to bottom; they stay on one page together unless <see cref="Splittable"/>.</summary>
internal sealed class StackBlock(IReadOnlyList<Block> blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    /// <summary>May break between its blocks, e.g. a catalogue entry taller than a whole page.</summary>
    public bool Splittable { get; init; }

    public override float Height => Blocks.Sum(b => b.Height);

    public override bool CanSplit => Splittable && Blocks.Count > 1;

    public override (Block Head, Block Tail)? Split(float height)
    {
        float used = 0;
        int count = 0;
        while (count < Blocks.Count - 1 && used + Blocks[count].Height <= height)
        {
            used += Blocks[count].Height;
            count++;
        }
        return count == 0 ? null
            : (new StackBlock(Blocks.Take(count).ToList()), new StackBlock(Blocks.Skip(count).ToList()) { Splittable = true });
    }

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        foreach (var block in Blocks)
        {
            block.Draw(ops, x, y);
            y += block.Height;
        }
    }
}

/// <summary>Two blocks side by side, e.g. a QR code and the text that explains it.</summary>
internal sealed class RowBlock(Block left, float leftWidth, float gap, Block right) : Block
{
    public override float Height => Math.Max(left.Height, right.Height);

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        left.Draw(ops, x, y);
        right.Draw(ops, x + leftWidth + gap, y);
    }
}

/// <summary>A line of a table of contents or index: text, dot leaders, and a page number at the right edge.</summary>
internal sealed class LeaderBlock(ParagraphBlock text, float textLastLineWidth, string number, float numberWidth, float width, TextStyle style, float dotWidth) : Block
{
    public override float Height => text.Height;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        text.Draw(ops, text.Rtl ? x + width - text.Width : x, y);
        float baseline = y + text.Height - style.LineHeight + ((style.LineHeight - style.Size) / 2) + (style.Size * 0.8f);
        if (text.Rtl)
        {
            // Arabic: the text at the right, the page number at the left edge, the dots between.
            float dotsTo = x + width - textLastLineWidth - (style.Size * 0.4f);
            float start = x + numberWidth + (style.Size * 0.4f);
            int count = (int)Math.Floor((dotsTo - start) / dotWidth);
            if (count > 2)
            {
                ops.Add(new TextOp(new string('.', count), start, baseline, FontStyle.Regular, style.Size, style.Colour, Rtl: true));
            }
            ops.Add(new TextOp(number, x, baseline, style.Font, style.Size, style.Colour, Rtl: true));
            return;
        }
        float numberX = x + width - numberWidth;
        float dotsFrom = x + textLastLineWidth + (style.Size * 0.4f);
        int dots = (int)Math.Floor((numberX - (style.Size * 0.4f) - dotsFrom) / dotWidth);
        if (dots > 2)
        {
            ops.Add(new TextOp(new string('.', dots), numberX - (style.Size * 0.4f) - (dots * dotWidth), baseline, FontStyle.Regular, style.Size, style.Colour));
        }
        ops.Add(new TextOp(number, numberX, baseline, style.Font, style.Size, style.Colour));
    }
}

/// <summary>A text size, style, colour and line height.</summary>
internal readonly record struct TextStyle(float Size, FontStyle Font, SKColor Colour, float LineHeight);
