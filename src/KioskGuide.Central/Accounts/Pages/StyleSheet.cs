using Microsoft.AspNetCore.Components;

namespace KioskGuide.Central.Accounts.Pages;

/// <summary>The central pages' style sheet (central-pages.css, embedded in the assembly; shared by the login and the planners' pages), written inline into each page.</summary>
internal static class StyleSheet
{
    private static readonly Lazy<MarkupString> Css = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("KioskGuide.Central.central-pages.css")
            ?? throw new InvalidOperationException("central-pages.css is not embedded.");
        using var reader = new StreamReader(stream);
        return new MarkupString(reader.ReadToEnd());
    });

    /// <summary>Trusted markup: the file is part of the build, never user input.</summary>
    public static MarkupString Markup => Css.Value;
}
