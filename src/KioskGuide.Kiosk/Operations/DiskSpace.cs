using KioskGuide.Domain.Operations;
using KioskGuide.Kiosk.Configuration;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// Free space where the kiosk keeps its files. Below <see cref="KioskProblems.MinFreeDiskBytes"/> the kiosk refuses
/// new answers before SQLite fails half-way (content is still shown), and staff mode and /health say why.
/// </summary>
public class DiskSpace(IOptions<KioskOptions> kiosk, ILogger<DiskSpace> logger)
{
    /// <summary>Null when it cannot be read (then nothing is refused on its account).</summary>
    public virtual long? FreeBytes()
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(kiosk.Value.ResolveDataDirectory())).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogWarning(ex, "Could not read the free disk space");
            return null;
        }
    }

    public bool IsNearlyFull() => FreeBytes() is long free && free < KioskProblems.MinFreeDiskBytes;
}
