using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed.Endpoints;

/// <summary>The HSDS 3.1 API's required endpoints (<c>GET /</c>, <c>/services</c>, <c>/services/{id}</c>) and the taxonomy list.</summary>
internal static class HsdsEndpoints
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/").WithTags("HSDS");
        api.MapGet("/", Root);
        api.MapGet("/openapi.json", () => new CachedBody(Resource("KioskGuide.Central.openapi.json"), HttpCaching.ShortLived));
        api.MapGet("/profile/service.schema.json", () =>
            new CachedBody(Encoding.UTF8.GetBytes(ProfileSchema.ReadText()), HttpCaching.ShortLived, contentType: "application/schema+json"));

        var services = app.MapGroup("/services").WithTags("HSDS");
        services.MapGet("/", ListServicesAsync);
        services.MapGet("/{id}", GetServiceAsync);
        api.MapGet("/taxonomy_terms", (IFeedStore store, int? page, int? per_page, CancellationToken ct) =>
            ListAsync(store, HsdsProfile.TaxonomyTermKind, page, per_page, null, s => s, ct));
    }

    private static CachedBody Root(HttpRequest request, IOptions<FeedOptions> options)
    {
        string root = BaseUrl.Of(request, options.Value);
        var body = Json(new JsonObject
        {
            ["version"] = HsdsProfile.HsdsVersion,
            ["profile"] = HsdsProfile.ProfileUri,
            ["openapi_url"] = root + "/openapi.json",
        });
        return new CachedBody(body, HttpCaching.ShortLived);
    }

    private static async Task<Results<CachedBody, ProblemHttpResult>> ListServicesAsync(
        IFeedStore store, int? page, int? per_page, string? modified_after, bool? full, bool? minimal, CancellationToken ct)
    {
        DateTimeOffset? after = null;
        if (!string.IsNullOrEmpty(modified_after))
        {
            if (!DateTimeOffset.TryParse(modified_after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return TypedResults.Problem("modified_after must be an ISO 8601 date-time.", statusCode: StatusCodes.Status400BadRequest);
            }

            after = parsed;
        }

        Func<JsonObject, JsonObject> shape = minimal == true ? Minimal : full == true ? s => s : OneToOne;
        return await ListAsync(store, HsdsProfile.ServiceKind, page, per_page, after, shape, ct);
    }

    private static async Task<Results<CachedBody, ProblemHttpResult>> GetServiceAsync(IFeedStore store, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return TypedResults.Problem("The id is not a UUID.", statusCode: StatusCodes.Status404NotFound);
        }

        var json = await store.GetAsync(HsdsProfile.ServiceKind, StableId.Format(guid), ct);
        if (json is null)
        {
            return TypedResults.Problem("No service has this id.", statusCode: StatusCodes.Status404NotFound);
        }

        return new CachedBody(Encoding.UTF8.GetBytes(json), HttpCaching.ShortLived);
    }

    private static async Task<CachedBody> ListAsync(
        IFeedStore store, string kind, int? page, int? perPage, DateTimeOffset? modifiedAfter, Func<JsonObject, JsonObject> shape, CancellationToken ct)
    {
        int number = Math.Max(1, page ?? 1);
        int size = Math.Clamp(perPage ?? DefaultPerPage, 1, MaxPerPage);
        var list = await store.ListAsync(kind, number, size, modifiedAfter, ct);
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

        return new CachedBody(buffer.WrittenMemory, HttpCaching.ShortLived);
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
