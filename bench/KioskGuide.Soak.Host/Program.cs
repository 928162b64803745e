using System.Globalization;
using KioskGuide.Kiosk;
using KioskGuide.Soak.Host;

// The shipped kiosk host with a movable clock (see ShiftedClock); the soak benchmark starts this instead of
// KioskGuide.Kiosk.dll. POST /soak/clock?at=2027-03-27T10:00:00+01:00 moves the kiosk's "now".
var clock = new ShiftedClock();
await using var app = KioskApp.Build(args, services => services.AddSingleton<TimeProvider>(clock));
app.MapPost("/soak/clock", (string at) =>
    clock.MoveTo(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)) ? Results.NoContent() : Results.Conflict("The clock only moves forward"));
await app.RunAsync();
