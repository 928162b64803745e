using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Sync.Tests.EndToEnd;

/// <summary>
/// A pass-through proxy in front of the central server that can stop one feed page half way through
/// its body and hold it there, so a kiosk can be killed exactly in the middle of a page.
/// </summary>
internal sealed class StallingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
    private int _feedRequests;
    private int _stallAt = int.MaxValue;
    private TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StallingProxy(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstream.BaseAddress = upstream;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Root = new Uri(address + "/");
    }

    public Uri Root { get; }

    public static async Task<StallingProxy> StartAsync(Uri upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StallingProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        await app.StartAsync();
        proxy = new StallingProxy(app, upstream);
        return proxy;
    }

    /// <summary>Stalls the <paramref name="nth"/> feed page requested from now on, half way through its body.</summary>
    public Task StallFeedRequest(int nth)
    {
        _stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _feedRequests, 0);
        _stallAt = nth;
        return _stalled.Task;
    }

    public void StopStalling() => _stallAt = int.MaxValue;

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Request.Path + context.Request.QueryString);
        // Not Accept-Encoding: the proxy rewrites the links in the body, so it asks for it uncompressed.
        foreach (var header in new[] { "If-None-Match", "Accept" })
        {
            if (context.Request.Headers.TryGetValue(header, out var value))
            {
                request.Headers.TryAddWithoutValidation(header, (IEnumerable<string>)value!);
            }
        }

        using var response = await _upstream.SendAsync(request, context.RequestAborted);
        var body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        // The server builds its links from its own address (never from Host), so the proxy points them at itself,
        // as a real reverse proxy's Feed:PublicBaseUrl would.
        body = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body)
            .Replace(_upstream.BaseAddress!.GetLeftPart(UriPartial.Authority), Root.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        if (response.Content.Headers.ContentLength is not null)
        {
            context.Response.ContentLength = body.Length;
        }

        bool stall = context.Request.Path.StartsWithSegments("/feeds/services", StringComparison.Ordinal) && Interlocked.Increment(ref _feedRequests) == _stallAt;
        if (!stall)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }

        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        _stalled.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The kiosk died (or gave up) in the middle of the page.
        }
    }
}
