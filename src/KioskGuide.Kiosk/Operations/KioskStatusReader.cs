using System.Reflection;
using KioskGuide.Domain.Operations;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Print.Printing;
using KioskGuide.Storage;
using KioskGuide.Sync;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// Reads how the kiosk is now (<see cref="KioskStatus"/>) for staff mode, /health and the heartbeat: content,
/// sync, waiting answers, printer, disk, version, uptime. Each part that cannot be read says so instead of failing the rest.
/// </summary>
public sealed class KioskStatusReader(
    IOptions<KioskOptions> kiosk,
    IOptions<SyncOptions> sync,
    IOptions<InputOptions> input,
    CatalogueProvider catalogue,
    SqliteOfferStore store,
    SqliteResponseOutbox outbox,
    OutboxWatch outboxWatch,
    PrintService printing,
    DailyPageCounter pages,
    HeartbeatState heartbeat,
    StoreRepair repair,
    DiskSpace disk,
    TimeProvider time,
    ILogger<KioskStatusReader> logger)
{

    public static string AppVersion { get; } =
        typeof(KioskStatusReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async Task<KioskStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var offers = catalogue.Current.Offers;
        var printer = await PrinterAsync(cancellationToken);
        return new KioskStatus
        {
            SiteName = kiosk.Value.SiteName,
            AppVersion = AppVersion,
            ObservedAt = time.GetUtcNow(),
            UptimeSeconds = HostUptime.Seconds,
            Content = new ContentStatus(offers.Count, offers.Max(o => o.LastModified)),
            Sync = await SyncAsync(cancellationToken),
            Answers = await AnswersAsync(cancellationToken),
            Printer = printer,
            FreeDiskBytes = disk.FreeBytes(),
            LastHeartbeatAnswer = heartbeat.LastAnswer,
            FilesSetAside = repair.SetAside.Count,
        };
    }

    private async Task<SyncStatus> SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            var last = await store.GetMetaAsync(SyncStatusKeys.LastSuccess, cancellationToken);
            var error = await store.GetMetaAsync(SyncStatusKeys.LastError, cancellationToken);
            var quarantined = await store.GetMetaAsync(SqliteOfferStore.QuarantinedCountKey, cancellationToken);
            return new SyncStatus(
                sync.Value.Enabled,
                SyncStatusKeys.ParseTime(last),
                string.IsNullOrWhiteSpace(error) ? null : SyncStatusKeys.ErrorWords(error),
                int.TryParse(quarantined, System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read the sync state for the status");
            return new SyncStatus(sync.Value.Enabled, null, "Kunne ikke læse synkroniseringens tilstand", 0);
        }
    }

    private async Task<OutboxStatus> AnswersAsync(CancellationToken cancellationToken)
    {
        var enabled = input.Value.ServerUrl is not null;
        try
        {
            var counts = await outbox.CountsAsync(cancellationToken);
            return new OutboxStatus(enabled, counts.Pending, await outboxWatch.ObserveAsync(counts.Pending, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read the answer outbox for the status");
            return new OutboxStatus(enabled, 0, null);
        }
    }

    private async Task<PrinterReport> PrinterAsync(CancellationToken cancellationToken)
    {
        var state = await printing.Printer.GetStatusAsync(cancellationToken) switch
        {
            PrinterStatus.Idle => PrinterStates.Ready,
            PrinterStatus.Processing => PrinterStates.Busy,
            PrinterStatus.Stopped => PrinterStates.Stopped,
            PrinterStatus.MediaEmpty => PrinterStates.OutOfPaper,
            PrinterStatus.MediaJam => PrinterStates.Jammed,
            _ => PrinterStates.Offline,
        };
        return new PrinterReport(state, printing.Printer.Description, await pages.PagesTodayAsync(cancellationToken), pages.Cap);
    }
}
