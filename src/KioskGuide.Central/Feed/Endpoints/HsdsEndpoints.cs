using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed.Endpoints;

/// <summary>The HSDS 3.1 API's required endpoints (<c>GET /</c>, <c>/services</c>, <c>/services/{id}</c>) and the taxonomy list.</summary>
internal static class HsdsEndpoints
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IOptions<FeedOptions> options) =>
        {
            string root = BaseUrl.Of(context.Request, options.Value);
            var body = Json(new JsonObject
            {
                ["version"] = HsdsProfile.HsdsVersion,
                ["profile"] = HsdsProfile.ProfileUri,
                ["openapi_url"] = root + "/openapi.json",
            });
            return Respond(context, body, HttpCaching.ShortLived);
        });

        app.MapGet("/openapi.json", (HttpContext context) =>
            Respond(context, Resource("KioskGuide.Central.openapi.json"), HttpCaching.ShortLived));

        app.MapGet("/profile/service.schema.json", (HttpContext context) =>
            Respond(context, Encoding.UTF8.GetBytes(ProfileSchema.ReadText()), HttpCaching.ShortLived, "application/schema+json"));

        app.MapGet("/services", ListServicesAsync);
        app.MapGet("/services/{id}", GetServiceAsync);
        app.MapGet("/taxonomy_terms", (HttpContext context, IFeedStore store, int? page, int? per_page) =>
            ListAsync(context, store, HsdsProfile.TaxonomyTermKind, page, per_page, null, s => s));
    }

    private static Task<IResult> ListServicesAsync(
        HttpContext context, IFeedStore store, int? page, int? per_page, string? modified_after, bool? full, bool? minimal)
    {
        DateTimeOffset? after = null;
        if (!string.IsNullOrEmpty(modified_after))
        {
            if (!DateTimeOffset.TryParse(modified_after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Task.FromResult(Results.Problem("modified_after must be an ISO 8601 date-time.", statusCode: StatusCodes.Status400BadRequest));
            }

            after = parsed;
        }

        Func<JsonObject, JsonObject> shape = minimal == true ? Minimal : full == true ? s => s : OneToOne;
        return ListAsync(context, store, HsdsProfile.ServiceKind, page, per_page, after, shape);
    }

    private static async Task<IResult> GetServiceAsync(HttpContext context, IFeedStore store, string id)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return Results.Problem("The id is not a UUID.", statusCode: StatusCodes.Status404NotFound);
        }

        var json = await store.GetAsync(HsdsProfile.ServiceKind, StableId.Format(guid), context.RequestAborted);
        if (json is null)
        {
            return Results.Problem("No service has this id.", statusCode: StatusCodes.Status404NotFound);
        }

        await HttpCaching.RespondAsync(context, Encoding.UTF8.GetBytes(json), HttpCaching.ShortLived);
        return Results.Empty;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, IFeedStore store, string kind, int? page, int? perPage, DateTimeOffset? modifiedAfter, Func<JsonObject, JsonObject> shape)
    {
        int number = Math.Max(1, page ?? 1);
        int size = Math.Clamp(perPage ?? DefaultPerPage, 1, MaxPerPage);
        var list = await store.ListAsync(kind, number, size, modifiedAfter, context.RequestAborted);
        int totalPages = Math.Max(1, (int)Math.Ceiling(list.TotalItems / (double)size));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, FeedJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total_items", list.TotalItems);
            writer.WriteNumber("total_pages", totalPages);
            writer.WriteNumber("page_number", number);
            writer.WriteNumber("size", list.Items.Count);
            writer.WriteBoolean("first_page", number == 1);
            writer.WriteBoolean("last_page", number >= totalPages);
            writer.WriteBoolean("empty", list.Items.Count == 0);
            writer.WriteStartArray("contents");
            foreach (var item in list.Items)
            {
                shape(JsonNode.Parse(item)!.AsObject()).WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await HttpCaching.RespondAsync(context, buffer.WrittenMemory, HttpCaching.ShortLived);
        return Results.Empty;
    }

    /// <summary>Without <c>full=true</c> HSDS lists only a service's one-to-one fields.</summary>
    private static JsonObject OneToOne(JsonObject service)
    {
        foreach (var name in service.Where(p => p.Value is JsonObject or JsonArray).Select(p => p.Key).ToList())
        {
            service.Remove(name);
        }

        return service;
    }

    /// <summary><c>minimal=true</c>: id and last_modified only, for a deletion sweep.</summary>
    private static JsonObject Minimal(JsonObject service) => new()
    {
        ["id"] = service["id"]?.DeepClone(),
        ["last_modified"] = service["last_modified"]?.DeepClone(),
    };

    private static Task Respond(HttpContext context, byte[] body, string cacheControl, string contentType = "application/json; charset=utf-8") =>
        HttpCaching.RespondAsync(context, body, cacheControl, contentType);

    private static byte[] Json(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, FeedJson.Options);

    private static byte[] Resource(string name)
    {
        using var stream = typeof(HsdsEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
