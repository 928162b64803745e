using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>HTML encoding that keeps Danish letters as letters (readable source, plain text in tests).</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(Html).Assembly.GetManifestResourceStream("KioskGuide.Central.planners.css")
            ?? throw new InvalidOperationException("planners.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The start of every page: language, title and the (embedded) style sheet.</summary>
    public static string Head(string title) => $"""
        <!doctype html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{E(title)}</title>
        <style>{Css.Value}</style>
        </head>
        """;
}
