using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KioskGuide.Print.Rendering;

/// <summary>
/// Sets the PDF's document language (/Lang in the catalogue, PDF 1.4 §10.8.1) by appending an
/// incremental update: a new version of the catalogue object, a one-entry cross-reference section and
/// a trailer pointing back to the old one. The original bytes stay untouched, so nothing Skia wrote can break.
/// </summary>
internal static partial class PdfLanguage
{
    public static byte[] Tag(byte[] pdf, string language)
    {
        if (!LanguageTag().IsMatch(language))
        {
            return pdf;
        }

        // Latin-1 maps every byte to one char, so string positions are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        int trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        int startxrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startxrefAt < trailerAt)
        {
            return pdf; // not the classic layout Skia writes: leave the PDF as it is rather than risk it
        }

        var trailer = text[trailerAt..startxrefAt];
        var root = RootRef().Match(trailer);
        var size = SizeEntry().Match(trailer);
        var previous = Number().Match(text, startxrefAt + "startxref".Length);
        if (!root.Success || !size.Success || !previous.Success)
        {
            return pdf;
        }

        string objectHeader = $"{root.Groups[1].Value} {root.Groups[2].Value} obj";
        int objectAt = text.LastIndexOf("\n" + objectHeader, trailerAt, StringComparison.Ordinal);
        int dictionaryAt = objectAt < 0 ? -1 : text.IndexOf("<<", objectAt, StringComparison.Ordinal);
        int endAt = dictionaryAt < 0 ? -1 : text.IndexOf("endobj", dictionaryAt, StringComparison.Ordinal);
        if (endAt < 0)
        {
            return pdf;
        }

        var dictionary = text[dictionaryAt..endAt].TrimEnd();
        if (!dictionary.EndsWith(">>", StringComparison.Ordinal) || dictionary.Contains("/Lang", StringComparison.Ordinal))
        {
            return pdf;
        }

        var update = new StringBuilder("\n");
        int newObjectAt = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{objectHeader}\n{dictionary[..^2]}\n/Lang ({language})>>\nendobj\n");
        int xrefAt = pdf.Length + update.Length;
        var info = InfoRef().Match(trailer);
        var id = IdEntry().Match(trailer);
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root.Groups[1].Value} 1\n{newObjectAt:D10} {int.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture):D5} n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size.Groups[1].Value}\n/Root {root.Groups[1].Value} {root.Groups[2].Value} R");
        if (info.Success)
        {
            update.Append(CultureInfo.InvariantCulture, $"\n{info.Value}");
        }
        if (id.Success)
        {
            update.Append(CultureInfo.InvariantCulture, $"\n{id.Value}");
        }
        update.Append(CultureInfo.InvariantCulture, $"\n/Prev {previous.Value}>>\nstartxref\n{xrefAt}\n%%EOF\n");

        var tail = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + tail.Length];
        pdf.CopyTo(result, 0);
        tail.CopyTo(result, pdf.Length);
        return result;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"/Root\s+(\d+)\s+(\d+)\s+R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoRef();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
