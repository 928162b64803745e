using System.Net;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KioskGuide.Kiosk.Security;

/// <summary>
/// What keeps the kiosk host to itself: it listens on loopback only, whatever the configuration says; its
/// pages carry a strict Content-Security-Policy and the usual headers; its Data Protection keys live in its own
/// data folder (0700), never in /tmp.
/// </summary>
public static class KioskHardening
{
    /// <summary>
    /// Kestrel listens on 127.0.0.1:<c>Kiosk:Port</c> and nowhere else. The "Kestrel" configuration section is
    /// replaced by an empty one, so <c>Kestrel:Endpoints</c> (from a site file, the environment or the command line)
    /// cannot add a listener, and the explicit Listen makes Kestrel ignore <c>--urls</c> / ASPNETCORE_URLS.
    /// </summary>
    public static void ListenOnLoopbackOnly(WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.Configure(new ConfigurationBuilder().Build(), reloadOnChange: false);
            kestrel.Listen(IPAddress.Loopback, context.Configuration.GetValue($"{KioskOptions.Section}:Port", 5080));
        });
    }

    /// <summary>
    /// A second lock after <see cref="ListenOnLoopbackOnly"/>: once the server has bound, every address must be
    /// loopback, or the kiosk stops with exit code 3 rather than serve the library's network.
    /// </summary>
    public static void RefuseNonLoopbackAddresses(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var outside = addresses.Where(a => !IsLoopback(a)).ToList();
            if (outside.Count > 0)
            {
                app.Logger.LogCritical("The kiosk host was bound to {Addresses}, beyond loopback; stopping. The kiosk only ever listens on 127.0.0.1.", string.Join(", ", outside));
                Environment.ExitCode = 3;
                app.Lifetime.StopApplication();
            }
        });
    }

    internal static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("[::]", "[::0]", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>Data Protection keys (antiforgery, circuit state) in &lt;data folder&gt;/keys, a folder only the kiosk user can read.</summary>
    public static void AddPrivateDataProtection(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("KioskGuide.Kiosk");
        services.AddOptions<KeyManagementOptions>().Configure<Microsoft.Extensions.Options.IOptions<KioskOptions>>((keys, kiosk) =>
        {
            var folder = Path.Combine(kiosk.Value.ResolveDataDirectory(), "keys");
            SqliteDatabase.CreatePrivateFolder(folder);
            keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(folder), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        });
    }

    /// <summary>
    /// Headers on every response: no inline script anywhere (CSP <c>script-src 'self'</c>; the page's start-up call
    /// lives in kiosk.js), no framing, no sniffing, no referrer, and HTML never written to Chromium's disk cache.
    /// </summary>
    public static void UseKioskSecurityHeaders(WebApplication app)
    {
        var policy = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddFrameOptionsDeny()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .AddCrossOriginResourcePolicy(p => p.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data(); // the leaflet preview is a data: PNG
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();    // the Blazor circuit's WebSocket, same origin
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            });
        app.UseSecurityHeaders(policy);
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }
}
