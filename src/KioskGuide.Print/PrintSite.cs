namespace KioskGuide.Print;

/// <summary>The kiosk site that prints: its names for headers and footers, and its data folder for the page count and the print folder.</summary>
public sealed record PrintSite(string SiteName, string MunicipalityName, string DataDirectory);
