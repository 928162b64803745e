using KioskGuide.Print.Fonts;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// One row of a horizontal bar chart: the label right-aligned before an axis, the bar after it and the value
/// printed after the bar, all centred on the row. Rows stacked together draw one continuous axis.
/// </summary>
internal sealed class BarRowBlock(
    IReadOnlyList<TextLine> label, float labelWidth, float barMax, string value, double? fraction,
    TextStyle text, SKColor barColour) : Block
{
    /// <summary>From the label's right edge to the axis.</summary>
    public const float Gap = 8f;
    private const float BarHeight = 15f;
    private const float RowPadding = 6f;
    private const float AxisWidth = 0.75f;

    public override float Height => Math.Max(label.Count * text.LineHeight, BarHeight) + RowPadding;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        float middle = y + (Height / 2);
        float ascent = text.Size * 0.35f;
        float first = middle - ((label.Count - 1) * text.LineHeight / 2) + ascent;
        for (int i = 0; i < label.Count; i++)
        {
            foreach (var piece in label[i].Pieces)
            {
                float right = x + labelWidth - label[i].Width;
                ops.Add(new TextOp(piece.Text, right + piece.X, first + (i * text.LineHeight), piece.Style, text.Size, text.Colour));
            }
        }

        float axis = x + labelWidth + Gap;
        ops.Add(new BoxOp(new SKRect(axis - (AxisWidth / 2), y, axis + (AxisWidth / 2), y + Height), text.Colour));
        float end = axis;
        if (fraction is { } f)
        {
            float length = Math.Max(2f, (float)Math.Clamp(f, 0, 1) * barMax);
            ops.Add(new BoxOp(new SKRect(axis, middle - (BarHeight / 2), axis + length, middle + (BarHeight / 2)), barColour));
            end += length;
        }
        ops.Add(new TextOp(value, end + 6f, middle + ascent, FontStyle.Bold, text.Size, text.Colour));
    }
}

/// <summary>A paragraph with a bullet before its first line; long ones break across pages like any paragraph.</summary>
internal sealed class BulletBlock(ParagraphBlock text, float indent, TextStyle style, bool marker = true) : Block
{
    public override float Height => text.Height;

    public override bool CanSplit => text.CanSplit;

    public override void Draw(List<DrawOp> ops, float x, float y)
    {
        if (marker)
        {
            float baseline = y + ((style.LineHeight - style.Size) / 2) + (style.Size * 0.8f);
            ops.Add(new TextOp("•", x, baseline, FontStyle.Regular, style.Size, style.Colour));
        }
        text.Draw(ops, x + indent, y);
    }

    public override (Block Head, Block Tail)? Split(float height) =>
        text.Split(height) is { } parts
            ? (new BulletBlock((ParagraphBlock)parts.Head, indent, style, marker), new BulletBlock((ParagraphBlock)parts.Tail, indent, style, marker: false))
            : null;
}
