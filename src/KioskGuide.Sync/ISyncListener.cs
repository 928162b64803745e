namespace KioskGuide.Sync;

/// <summary>Told after a sync run that changed the local store; the kiosk rebuilds its catalogue from it.</summary>
public interface ISyncListener
{
    Task StoreChangedAsync(CancellationToken cancellationToken);
}
