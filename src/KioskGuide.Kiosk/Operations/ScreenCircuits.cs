using Microsoft.AspNetCore.Components.Server.Circuits;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// Counts the screens connected to the host (Blazor circuits whose connection is up). GET /health/screen answers
/// 200 while one is and 503 when none is: a crashed tab ("Aw, Snap"), a blank page or a frozen renderer drops its
/// connection while Chromium itself keeps running, and the launcher restarts Chromium on a lasting 503.
/// </summary>
public sealed class ScreenCircuits : CircuitHandler
{
    public const string Path = "/health/screen";

    private int _connected;

    public int Connected => Volatile.Read(ref _connected);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connected);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _connected);
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapScreenHealth(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ScreenCircuits screens) => screens.Connected > 0
            ? Results.Text($"{screens.Connected} screen(s) connected")
            : Results.Text("No screen connected", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
