using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Print.Printing;

/// <summary>Section "Print" of a kiosk's configuration: which printer, which paper, how many pages a day.</summary>
public sealed class PrintOptions
{
    public const string Section = "Print";

    /// <summary>Folder (the default, for demos: PDFs land in the kiosk's data folder), Ipp or Cups.</summary>
    public PrinterKind Printer { get; set; } = PrinterKind.Folder;

    /// <summary>For Ipp: the printer's address, e.g. ipp://192.168.1.50/ipp/print (ipps:// and http(s):// work too).</summary>
    public string? PrinterUri { get; set; }

    /// <summary>For Cups: the queue name given to <c>lp -d</c>.</summary>
    public string? Queue { get; set; }

    /// <summary>For Folder: where PDFs are written. Empty: "printed" in the kiosk's data folder.</summary>
    public string? Folder { get; set; }

    public PaperSize Paper { get; set; } = PaperSize.A5;

    /// <summary>Pages this kiosk may print per day (Copenhagen time); a friendly message when reached.</summary>
    [Range(1, 100_000)]
    public int DailyPageCap { get; set; } = 200;

    /// <summary>Longest a print may take before the citizen is told the printer does not answer. Never more than 5.</summary>
    [Range(1, 5, ErrorMessage = "Print:TimeoutSeconds must be 1 to 5: a citizen must never wait longer.")]
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>Folder with leaflet.json and catalogue.json. Empty: print-templates next to the program.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>The site's logo (PNG or JPEG), replacing the template's; relative paths are read from the template folder.</summary>
    public string? LogoFile { get; set; }

    /// <summary>The site's footer text, replacing the template's. May use {site}, {municipality}, {date}.</summary>
    [StringLength(300)]
    public string? FooterText { get; set; }

    /// <summary>The CUPS commands; tests point these at stand-ins.</summary>
    public string LpCommand { get; set; } = "lp";

    public string LpstatCommand { get; set; } = "lpstat";

    public string ResolveTemplateDirectory() =>
        string.IsNullOrWhiteSpace(TemplateDirectory) ? Path.Combine(AppContext.BaseDirectory, "print-templates") : Path.GetFullPath(TemplateDirectory);
}

public enum PrinterKind
{
    /// <summary>Writes each PDF into a folder: demos, and kiosks without a printer.</summary>
    Folder,
    /// <summary>An IPP Everywhere printer over the network.</summary>
    Ipp,
    /// <summary>A CUPS queue on this machine, through <c>lp</c>.</summary>
    Cups,
}
