using System.Text.RegularExpressions;
using KioskGuide.Print.Printing.Ipp;
using Microsoft.Extensions.Options;

namespace KioskGuide.Print.Printing;

/// <summary>Checks the settings that depend on each other, so a bad "Print" section stops the kiosk at start with a message naming the setting.</summary>
public sealed partial class PrintOptionsValidator : IValidateOptions<PrintOptions>
{
    public ValidateOptionsResult Validate(string? name, PrintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        switch (options.Printer)
        {
            case PrinterKind.Ipp when !IppPrinter.TryEndpoint(options.PrinterUri, out _):
                problems.Add($"Print:PrinterUri must be the printer's ipp://, ipps://, http:// or https:// address when Print:Printer is Ipp, e.g. ipp://192.168.1.50/ipp/print (it is '{options.PrinterUri}').");
                break;
            case PrinterKind.Cups when options.Queue is null || !QueueName().IsMatch(options.Queue):
                problems.Add($"Print:Queue must be a CUPS queue name (letters, digits, '-', '_', '.') when Print:Printer is Cups (it is '{options.Queue}').");
                break;
        }

        if (!string.IsNullOrWhiteSpace(options.Folder) && options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problems.Add($"Print:Folder '{options.Folder}' is not a valid folder path.");
        }

        var templates = options.ResolveTemplateDirectory();
        if (!Directory.Exists(templates))
        {
            problems.Add($"Print:TemplateDirectory '{templates}' does not exist; it must hold leaflet.json and catalogue.json.");
        }
        else if (!string.IsNullOrWhiteSpace(options.LogoFile) && !File.Exists(Path.GetFullPath(options.LogoFile, templates)))
        {
            problems.Add($"Print:LogoFile '{options.LogoFile}' does not exist (looked for {Path.GetFullPath(options.LogoFile, templates)}); give a PNG or JPEG file.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,127}$")]
    private static partial Regex QueueName();
}
