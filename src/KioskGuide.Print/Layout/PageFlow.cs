using SkiaSharp;

namespace KioskGuide.Print.Layout;

/// <summary>
/// Fills pages top to bottom with blocks inside a content area, starting a new page when the next
/// block does not fit. Headers and footers are added afterwards, once the page count is known.
/// </summary>
internal sealed class PageFlow
{
    private readonly List<List<DrawOp>> _pages = [];

    public PageFlow(SKRect content)
    {
        Content = content;
        NewPage();
    }

    public SKRect Content { get; }

    public float Y { get; private set; }

    public int PageIndex => _pages.Count - 1;

    public float Remaining => Content.Bottom - Y;

    public bool AtTop => Y <= Content.Top + 0.01f;

    public IReadOnlyList<List<DrawOp>> Pages => _pages;

    public void NewPage()
    {
        _pages.Add([]);
        Y = Content.Top;
    }

    /// <summary>Vertical space; none at the top of a page, where it would only push content down.</summary>
    public void Space(float height)
    {
        if (!AtTop)
        {
            Y = Math.Min(Y + height, Content.Bottom);
        }
    }

    /// <summary>
    /// Adds a block. <paramref name="keepWithNext"/> is the height of what must follow on the same page
    /// (a heading is never left alone at the foot of a page).
    /// </summary>
    public void Add(Block block, float keepWithNext = 0)
    {
        while (block.Height + keepWithNext > Remaining + 0.01f)
        {
            if (keepWithNext == 0 && block.CanSplit && block.Split(Remaining) is { } parts)
            {
                Put(parts.Head);
                NewPage();
                block = parts.Tail;
                continue;
            }

            if (AtTop)
            {
                break; // taller than a page and cannot be cut: it overflows once, rather than looping forever
            }
            NewPage();
        }
        Put(block);
    }

    /// <summary>Puts a block at the foot of the current page (a new one when it does not fit).</summary>
    public void AddAtBottom(Block block)
    {
        if (block.Height > Remaining + 0.01f && !AtTop)
        {
            NewPage();
        }
        Y = Math.Max(Y, Content.Bottom - block.Height);
        Put(block);
    }

    private void Put(Block block)
    {
        block.Draw(_pages[^1], Content.Left, Y);
        Y += block.Height;
    }
}
