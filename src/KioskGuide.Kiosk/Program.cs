using KioskGuide.Kiosk;

var app = KioskApp.Build(args);
await app.RunAsync();

/// <summary>Entry point, public so tests can host the kiosk with WebApplicationFactory.</summary>
public partial class Program;
