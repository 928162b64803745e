using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using SkiaSharp;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// The summary report for the action plan as a PDF (A4, SkiaSharp): the filters, the number of answers,
/// one bar chart per question with the count printed after each bar ("&lt;5" with no bar when
/// suppressed), then the free-text answers when at least 5 answers match. Text stays text.
/// </summary>
public sealed class PdfReport(ReportFonts fonts, TimeProvider time)
{
    public const string ContentType = "application/pdf";

    private const float LabelWidth = 200f;
    private const float BarLeft = PdfCanvas.Margin + LabelWidth + 8f;
    private const float BarMax = 200f;
    private static readonly SKColor BarColour = new(0x1d, 0x4f, 0x91);

    public byte[] Render(ReportView view)
    {
        var created = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Borgerinput: {view.Title}",
            Subject = "Opsummering til handleplanen",
            Creator = "KioskGuide",
            Producer = "KioskGuide (SkiaSharp)",
            Creation = null,
            Modified = null,
        };

        using var title = new SKFont(fonts.Bold, 20f);
        using var heading = new SKFont(fonts.Bold, 13f);
        using var body = new SKFont(fonts.Regular, 10.5f);
        using var bold = new SKFont(fonts.Bold, 10.5f);
        using var small = new SKFont(fonts.Regular, 9.5f);
        using var bar = new SKPaint { Color = BarColour, IsAntialias = true };
        using (var pdf = new PdfCanvas(stream, metadata, fonts.Regular, $"KioskGuide · borgerinput · {FilterText.Date(created)}"))
        {
            var x = PdfCanvas.Margin;
            var width = PdfCanvas.ContentWidth;
            pdf.Paragraph($"Borgerinput: {view.Title}", title, x, width);
            pdf.Paragraph($"Opsummering til handleplanen, lavet {FilterText.Date(created)}", body, x, width);
            pdf.Y += 8;
            foreach (var (name, value) in view.FilterLines)
            {
                pdf.Paragraph($"{name}: {value}", body, x, width);
            }

            pdf.Y += 6;
            pdf.Paragraph($"Svar i alt: {view.Responses.Text}", heading, x, width);
            pdf.Paragraph(
                "Tal under 5 vises som <5, så ingen enkeltperson kan genkendes. Fritekst vises kun, når mindst 5 svar passer til filteret, og skjulte svar er udeladt.",
                small, x, width);

            foreach (var chart in view.Charts)
            {
                Chart(pdf, chart, heading, body, bold, bar);
            }

            FreeTexts(pdf, view, heading, body);
            pdf.Close();
        }

        return stream.ToArray();
    }

    private static void Chart(PdfCanvas pdf, ChartView chart, SKFont heading, SKFont body, SKFont bold, SKPaint barPaint)
    {
        var rows = chart.Bars
            .Select(b => (Bar: b, Lines: LabelWrapper.Wrap(b.Label, s => body.MeasureText(s), LabelWidth)))
            .ToList();
        var lineHeight = body.Size * 1.25f;
        float RowHeight(IReadOnlyList<string> lines) => Math.Max(lines.Count * lineHeight, 15f) + 6f;

        // A chart stays on one page (none is taller than a page); the heading never stands alone.
        var headingLines = LabelWrapper.Wrap(chart.Title, s => heading.MeasureText(s), PdfCanvas.ContentWidth, 200).Count;
        pdf.Ensure(16f + (headingLines * heading.Size * 1.3f) + (body.Size * 1.3f) + 4f + rows.Sum(r => RowHeight(r.Lines)));
        pdf.Y += 16;
        pdf.Paragraph(chart.Title, heading, PdfCanvas.Margin, PdfCanvas.ContentWidth);
        var note = chart.Type == QuestionType.FreeText ? " (fritekst, se sidst i rapporten)" : chart.AnsweredNote;
        pdf.Paragraph($"Besvaret af {chart.Answered.Text}{note}", body, PdfCanvas.Margin, PdfCanvas.ContentWidth);
        pdf.Y += 4;

        var scale = new BarScale(chart);
        using var axis = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke };
        foreach (var (bar, lines) in rows)
        {
            var height = RowHeight(lines);
            pdf.Ensure(height);
            var middle = pdf.Y + (height / 2);
            var baseline = middle - ((lines.Count - 1) * lineHeight / 2) + (body.Size * 0.35f);
            for (var i = 0; i < lines.Count; i++)
            {
                pdf.Canvas.DrawText(lines[i], PdfCanvas.Margin + LabelWidth, baseline + (i * lineHeight), SKTextAlign.Right, body, pdf.Black);
            }

            pdf.Canvas.DrawLine(BarLeft, pdf.Y, BarLeft, pdf.Y + height, axis);
            var end = BarLeft;
            if (scale.Fraction(bar) is { } fraction)
            {
                var length = Math.Max(2f, (float)fraction * BarMax);
                pdf.Canvas.DrawRect(BarLeft, middle - 7.5f, length, 15f, barPaint);
                end += length;
            }

            pdf.Canvas.DrawText(bar.Count.Text, end + 6f, middle + (bold.Size * 0.35f), SKTextAlign.Left, bold, pdf.Black);
            pdf.Y += height;
        }

    }

    private static void FreeTexts(PdfCanvas pdf, ReportView view, SKFont heading, SKFont body)
    {
        pdf.Ensure(80f);
        pdf.Y += 20;
        pdf.Paragraph("Idéer og forslag (fritekst)", heading, PdfCanvas.Margin, PdfCanvas.ContentWidth);
        pdf.Y += 4;
        if (view.FreeTextWithheld)
        {
            pdf.Paragraph("Fritekst vises ikke: færre end 5 svar passer til filteret.", body, PdfCanvas.Margin, PdfCanvas.ContentWidth);
            return;
        }

        if (view.FreeTexts.Count == 0)
        {
            pdf.Paragraph("Ingen fritekstsvar.", body, PdfCanvas.Margin, PdfCanvas.ContentWidth);
            return;
        }

        const float indent = 14f;
        foreach (var text in view.FreeTexts)
        {
            pdf.Y += 4;
            pdf.Ensure(body.Size * 1.3f);
            pdf.Canvas.DrawText("•", PdfCanvas.Margin, pdf.Y + body.Size, SKTextAlign.Left, body, pdf.Black);
            pdf.Paragraph(text.Text, body, PdfCanvas.Margin + indent, PdfCanvas.ContentWidth - indent);
        }
    }
}
