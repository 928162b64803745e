using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>
/// A publisher under the test's control, on a real loopback socket: an RPDE feed of raw items, <c>GET /</c>
/// and a plain HSDS <c>/services</c>. <see cref="Fault"/> can take over any request to misbehave.
/// </summary>
public sealed class FakeFeed : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<FeedEntry> _entries = [];
    private readonly List<string> _requests = [];
    private long _position;

    private FakeFeed(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Root = new Uri(address + "/");
    }

    public Uri Root { get; }

    public Uri FeedStart => new(Root, HsdsProfile.ServicesFeedPath);

    public int PageSize { get; set; } = 2;

    public string Version { get; set; } = HsdsProfile.HsdsVersion;

    public string Profile { get; set; } = HsdsProfile.ProfileUri;

    /// <summary>The server's clock as sent in the Date header; null lets Kestrel send the real time.</summary>
    public DateTimeOffset? ServerDate { get; set; }

    /// <summary>Takes over a request when it returns true: the misbehaviour under test.</summary>
    public Func<HttpContext, Task<bool>>? Fault { get; set; }

    /// <summary>Paths and queries requested, with the If-None-Match sent, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeFeed> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeFeed? feed = null;
        app.Run(context => feed!.HandleAsync(context));
        await app.StartAsync();
        feed = new FakeFeed(app);
        return feed;
    }

    /// <summary>Publishes an offer as an updated item, in the profile's shape; returns its modified.</summary>
    public long Publish(Offer offer, long? modified = null, Action<JsonObject>? spoil = null)
    {
        var data = OfferToHsds.Write(offer);
        spoil?.Invoke(data);
        long position = NextPosition();
        long value = modified ?? position;
        AddRaw(new JsonObject { ["state"] = "updated", ["kind"] = "service", ["id"] = offer.Id.ToString(), ["modified"] = value, ["data"] = data }.ToJsonString(FeedJson.Options), position);
        return value;
    }

    public long Delete(Guid id, long? modified = null)
    {
        long position = NextPosition();
        long value = modified ?? position;
        AddRaw($$"""{"state":"deleted","kind":"service","id":"{{id}}","modified":{{value}}}""", position);
        return value;
    }

    /// <summary>Removes every item of an id without a tombstone, as a server does when it purges old tombstones.</summary>
    public void Forget(Guid id)
    {
        lock (_entries)
        {
            _entries.RemoveAll(e => e.RawItem.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Publishes any text as an item.</summary>
    public void PublishRaw(string rawItem) => AddRaw(rawItem, NextPosition());

    public Uri PageAfter(long position) => new(Root, $"{HsdsProfile.ServicesFeedPath}?afterChangeNumber={position.ToString(CultureInfo.InvariantCulture)}");

    public long LastPosition => Interlocked.Read(ref _position);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private long NextPosition() => Interlocked.Increment(ref _position);

    private void AddRaw(string raw, long position)
    {
        lock (_entries)
        {
            _entries.Add(new FeedEntry(position, raw));
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        lock (_requests)
        {
            _requests.Add(context.Request.Path + context.Request.QueryString + (context.Request.Headers.IfNoneMatch.Count > 0 ? " If-None-Match " + context.Request.Headers.IfNoneMatch : ""));
        }

        if (ServerDate is { } date)
        {
            context.Response.Headers.Date = date.ToString("R", CultureInfo.InvariantCulture);
        }

        if (Fault is { } fault && await fault(context))
        {
            return;
        }

        string path = context.Request.Path.Value ?? "/";
        if (path == "/")
        {
            await WriteJson(context, new JsonObject { ["version"] = Version, ["profile"] = Profile }.ToJsonString());
        }
        else if (path == "/" + HsdsProfile.ServicesFeedPath)
        {
            await WriteRpdePage(context);
        }
        else if (path == "/services")
        {
            await WriteHsdsPage(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>The healthy page for a cursor, as the feed would send it.</summary>
    public string RpdePage(long after)
    {
        List<FeedEntry> page;
        lock (_entries)
        {
            page = [.. _entries.Where(e => e.Position > after).OrderBy(e => e.Position).Take(PageSize)];
        }

        long next = page.Count == 0 ? after : page[^1].Position;
        return $$"""{"next":"{{PageAfter(next)}}","items":[{{string.Join(',', page.Select(e => e.RawItem))}}],"license":"https://creativecommons.org/licenses/by/4.0/"}""";
    }

    private async Task WriteRpdePage(HttpContext context)
    {
        long after = long.TryParse(context.Request.Query[HsdsProfile.AfterChangeNumber], CultureInfo.InvariantCulture, out long a) ? a : 0;
        string body = RpdePage(after);
        string etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..20] + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v == etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await WriteJson(context, body);
    }

    /// <summary>A plain HSDS API over the current state of every published service (the latest item per id).</summary>
    private async Task WriteHsdsPage(HttpContext context)
    {
        int page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out int p) ? p : 1;
        int perPage = int.TryParse(context.Request.Query["per_page"], CultureInfo.InvariantCulture, out int n) ? n : 50;
        List<JsonNode> live;
        lock (_entries)
        {
            live = [.. _entries.Select(e => JsonNode.Parse(e.RawItem)!)
                .GroupBy(i => i["id"]!.ToString().ToLowerInvariant())
                .Select(g => g.Last())
                .Where(i => i["state"]!.ToString() == "updated")
                .Select(i => i["data"]!.DeepClone())];
        }

        int totalPages = Math.Max(1, (live.Count + perPage - 1) / perPage);
        var contents = new JsonArray([.. live.Skip((page - 1) * perPage).Take(perPage)]);
        await WriteJson(context, new JsonObject
        {
            ["total_items"] = live.Count,
            ["total_pages"] = totalPages,
            ["page_number"] = page,
            ["size"] = contents.Count,
            ["first_page"] = page == 1,
            ["last_page"] = page >= totalPages,
            ["empty"] = contents.Count == 0,
            ["contents"] = contents,
        }.ToJsonString(FeedJson.Options));
    }

    public static async Task WriteJson(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body);
    }
}
