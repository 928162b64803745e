using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>Reads a request body up to a limit; null when it is larger (the caller answers 413).</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpContext context, int limit, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        var buffer = new byte[limit + 1];
        var read = 0;
        try
        {
            int n;
            while (read < buffer.Length && (n = await context.Request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += n;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return read > limit ? null : buffer.AsMemory(0, read);
    }
}
