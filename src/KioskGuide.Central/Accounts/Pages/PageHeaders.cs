using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Central.Accounts.Pages;

/// <summary>
/// The headers every central page carries: never cached (they show citizens' answers), never framed, no
/// referrer to other sites. Set as the response starts, so nothing that runs while rendering (the antiforgery
/// token sets its own cache headers) changes them.
/// </summary>
public static class PageHeaders
{
    public static TBuilder WithPageHeaders<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                response.Headers.CacheControl = "no-store";
                response.Headers.Remove("Pragma");
                response.Headers.XFrameOptions = "DENY";
                response.Headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return await next(context);
        });
}
