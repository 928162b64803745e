using KioskGuide.Print.Fonts;
using KioskGuide.Print.Qr;
using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// One thing to draw on a page, in points from the page's top-left corner. The layout produces these
/// once; the PDF and the preview bitmap both draw the same list, so the preview is what prints.
/// </summary>
public abstract record DrawOp;

/// <summary>
/// A run of text in one style, its left edge at <paramref name="X"/> on the baseline <paramref name="Baseline"/>.
/// <paramref name="Text"/> is in logical (reading) order; the renderers shape it and order it for display, with
/// <paramref name="Rtl"/> the paragraph's direction (right to left for Arabic).
/// </summary>
public sealed record TextOp(string Text, float X, float Baseline, FontStyle Style, float Size, SKColor Colour, bool Rtl = false) : DrawOp;

/// <summary>A filled rectangle: rules and lines.</summary>
public sealed record BoxOp(SKRect Rect, SKColor Colour) : DrawOp;

/// <summary>A QR code filling <paramref name="Rect"/> (a square, quiet zone included), drawn as vector squares.</summary>
public sealed record QrOp(SKRect Rect, QrMatrix Matrix, SKColor Colour) : DrawOp;

/// <summary>A clickable area in the PDF; nothing is drawn. Only http(s) and tel: addresses get this far.</summary>
public sealed record LinkOp(SKRect Rect, string Url) : DrawOp;

/// <summary>A picture (the logo) scaled into <paramref name="Rect"/>.</summary>
public sealed record ImageOp(SKRect Rect, SKImage Image) : DrawOp;

/// <summary>One laid-out page.</summary>
public sealed record LaidOutPage(IReadOnlyList<DrawOp> Ops);

/// <summary>The PDF's document information: title, author, subject and the language of its text.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Language);

/// <summary>A laid-out product: pages of draw operations plus what is needed to draw them.</summary>
public sealed record LaidOutDocument(SKSize PageSize, IReadOnlyList<LaidOutPage> Pages, DocumentInfo Info, FontSet Fonts)
{
    public int PageCount => Pages.Count;
}
