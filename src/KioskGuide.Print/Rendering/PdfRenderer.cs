using KioskGuide.Print.Fonts;
using KioskGuide.Print.Layout;
using KioskGuide.Print.Text;
using SkiaSharp;

namespace KioskGuide.Print.Rendering;

/// <summary>
/// Draws a laid-out document into a PDF for the printer: text stays text (searchable, Danish letters intact),
/// links are clickable, and the fonts are embedded with only the glyphs the document uses.
/// The PDF stays on SkiaSharp (with HarfBuzz shaping): the PDFsharp family, PdfSharpCore included, has no text shaping
/// and no right-to-left layout, a known restriction of that library, so it cannot print Arabic.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(LaidOutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Info.Title,
            Author = document.Info.Author,
            Subject = document.Info.Subject,
            Creator = "KioskGuide",
            Producer = "KioskGuide (SkiaSharp)",
            // Fixed, so the same leaflet gives the same bytes: the tests compare what the printer received.
            Creation = null,
            Modified = null,
        };

        using (var shaper = new TextShaper(document.Fonts))
        using (var fonts = new SubsetFonts(document, shaper))
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        using (var drawer = new PageDrawer(document.Fonts, fonts.For, shaper))
        {
            foreach (var page in document.Pages)
            {
                var canvas = pdf.BeginPage(document.PageSize.Width, document.PageSize.Height);
                drawer.Draw(canvas, page, links: true);
                pdf.EndPage();
            }
            pdf.Close();
        }

        // SkiaSharp has no setting for the document language, which screen readers and search need.
        return PdfLanguage.Tag(stream.ToArray(), document.Info.Language);
    }
}
