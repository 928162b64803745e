using System.Globalization;
using System.Text.Json;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Print.Printing;

/// <summary>
/// Pages printed today (Copenhagen date), kept in a small JSON file in the kiosk's data folder so a
/// restart does not reset the daily cap. Each change is written to a temporary file, flushed to disk
/// and renamed over the old one: after a power cut the file holds the old count or the new, never half.
/// </summary>
public sealed class DailyPageCounter(string file, int cap, TimeProvider time, ILogger<DailyPageCounter> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Tally? _tally;

    private sealed record Tally(DateOnly Day, int Pages);

    public int Cap { get; } = cap;

    public string File { get; } = Path.GetFullPath(file);

    public async Task<int> PagesTodayAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Today(await LoadAsync(cancellationToken)).Pages;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when <paramref name="pages"/> more still fit under today's cap.</summary>
    public async Task<bool> HasRoomForAsync(int pages, CancellationToken cancellationToken = default) =>
        await PagesTodayAsync(cancellationToken) + pages <= Cap;

    public async Task AddAsync(int pages, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var today = Today(await LoadAsync(cancellationToken));
            var next = today with { Pages = today.Pages + pages };
            await SaveAsync(next, cancellationToken);
            _tally = next;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Staff mode's "reset the page counter": today starts again from 0 (after refilling, or a cap set too low).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var next = Today(new Tally(DateOnly.MinValue, 0));
            await SaveAsync(next, cancellationToken);
            _tally = next;
        }
        finally
        {
            _gate.Release();
        }
    }

    private Tally Today(Tally tally)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        return tally.Day == today ? tally : new Tally(today, 0);
    }

    private async Task<Tally> LoadAsync(CancellationToken cancellationToken)
    {
        if (_tally is not null)
        {
            return _tally;
        }

        try
        {
            await using var stream = System.IO.File.OpenRead(File);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var day = DateOnly.ParseExact(json.RootElement.GetProperty("day").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _tally = new Tally(day, Math.Max(0, json.RootElement.GetProperty("pages").GetInt32()));
        }
        catch (FileNotFoundException)
        {
            _tally = new Tally(DateOnly.MinValue, 0);
        }
        catch (DirectoryNotFoundException)
        {
            _tally = new Tally(DateOnly.MinValue, 0);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // Cannot happen with the rename above; if someone edits the file by hand, start the day over rather than block printing.
            logger.LogError("The page count in {File} cannot be read ({Reason}); counting today from 0.", File, ex.Message);
            _tally = new Tally(DateOnly.MinValue, 0);
        }
        return _tally;
    }

    private async Task SaveAsync(Tally tally, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        var temporary = File + ".tmp";
        var json = JsonSerializer.SerializeToUtf8Bytes(new { day = tally.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), pages = tally.Pages });
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(json, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        System.IO.File.Move(temporary, File, overwrite: true);
    }

    public void Dispose() => _gate.Dispose();
}
