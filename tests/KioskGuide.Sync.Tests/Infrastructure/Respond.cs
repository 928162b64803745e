using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>Ways for a test server to answer badly, over a real socket.</summary>
public static class Respond
{
    public static Func<HttpContext, Task> Text(string body, int status = 200, string contentType = "application/json; charset=utf-8") => context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Bytes(byte[] body) => async context =>
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Status(int status, Action<HttpResponse>? headers = null) => context =>
    {
        context.Response.StatusCode = status;
        headers?.Invoke(context.Response);
        return Task.CompletedTask;
    };

    /// <summary>Headers and half the body, then the connection is torn down.</summary>
    public static Func<HttpContext, Task> ResetMidBody(string body) => async context =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await context.Response.Body.FlushAsync();
        await Task.Delay(50);
        context.Abort();
    };

    /// <summary>Headers at once, then one byte every 100 ms: never a whole body within the kiosk's timeout.</summary>
    public static Func<HttpContext, Task> SlowDrip(string body) => async context =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.FlushAsync();
        try
        {
            foreach (var b in bytes.Take(60))
            {
                await context.Response.Body.WriteAsync(new[] { b }, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The kiosk gave up, as it should.
        }
    };

    /// <summary>No answer at all until the kiosk gives up.</summary>
    public static Func<HttpContext, Task> Silence() => async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The kiosk gave up.
        }
    };

    /// <summary>A valid start, then 50 MB inside one string, streamed (never buffered by the server either).</summary>
    public static Func<HttpContext, Task> Huge(string next, bool announceLength) => async context =>
    {
        const long Total = 50L * 1024 * 1024;
        context.Response.ContentType = "application/json; charset=utf-8";
        if (announceLength)
        {
            context.Response.ContentLength = Total;
        }

        var head = Encoding.UTF8.GetBytes($$"""{"next":"{{next}}","items":[{"state":"updated","kind":"service","id":"x","modified":9,"data":{"name":" """);
        var chunk = Encoding.UTF8.GetBytes(new string('a', 64 * 1024));
        try
        {
            await context.Response.Body.WriteAsync(head, context.RequestAborted);
            for (long sent = head.Length; sent + chunk.Length < Total; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The kiosk stopped reading, as it should.
        }
    };

    public static string HttpDate(DateTimeOffset value) => value.ToString("R", CultureInfo.InvariantCulture);
}
