using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Print.Printing;

/// <summary>
/// "Prints" by writing each PDF into a folder: for demos and kiosks without a printer. Written to a
/// temporary file, flushed to disk, then renamed, so the folder never shows a half-written PDF.
/// </summary>
public sealed class FolderPrinter(string folder, TimeProvider time, ILogger<FolderPrinter> logger) : IPrinter
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string Description => $"folder {Folder}";

    public Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            return Task.FromResult(PrinterStatus.Idle);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Print folder {Folder} cannot be used: {Reason}", Folder, ex.Message);
            return Task.FromResult(PrinterStatus.Offline);
        }
    }

    public async Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        // Named by Copenhagen time, as staff read it.
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskGuide.Domain.Schedules.KioskTimeZone.Copenhagen);
        var name = $"{local:yyyyMMdd-HHmmss}-{Slug(job.Name)}-{Guid.NewGuid().ToString("N")[..6]}.pdf";
        var path = Path.Combine(Folder, name);
        var temporary = Path.Combine(Folder, $".{name}.tmp");
        try
        {
            Directory.CreateDirectory(Folder);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await file.WriteAsync(job.Pdf, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path);
            return new PrintResult(PrintOutcome.Printed, $"Wrote {path}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return new PrintResult(PrintOutcome.PrinterOffline, $"Could not write to {Folder}: {ex.Message}");
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A file-name-safe version of the offer's name: "Gå-gruppen fra Torvet" → "ga-gruppen-fra-torvet".</summary>
    private static string Slug(string name)
    {
        var text = name.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "print" : result[..Math.Min(result.Length, 60)];
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Leftover temporary files start with '.', so nobody mistakes them for prints.
        }
    }
}
