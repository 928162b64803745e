using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Data;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.Feed;

public sealed class EndpointTests
{
    private const string Kind = HsdsProfile.ServiceKind;

    private static FeedRecord Record(int n, string name = "x") =>
        new(Id(n), $$"""{"id":"{{Id(n)}}","name":"{{name}}","status":"active","schedules":[{"id":"{{Id(n)}}"}]}""");

    private static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";

    private static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task Root_names_the_HSDS_version_the_profile_and_the_openapi_document()
    {
        await using var server = await InProcessCentral.StartAsync();
        var root = await Json(await server.Http.GetAsync("/"));
        Assert.Equal("3.1", root["version"]!.GetValue<string>());
        Assert.Equal(HsdsProfile.ProfileUri, root["profile"]!.GetValue<string>());
        var openapi = await Json(await server.Http.GetAsync(root["openapi_url"]!.GetValue<string>()));
        Assert.NotNull(openapi["paths"]!["/feeds/services"]);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("profile/service.schema.json")).StatusCode);
    }

    [Fact]
    public async Task The_demo_content_is_served_as_a_paged_HSDS_list()
    {
        await using var server = await InProcessCentral.StartAsync();
        var page = await Json(await server.Http.GetAsync("services?page=2&per_page=40"));
        Assert.Equal(91, page["total_items"]!.GetValue<int>());
        Assert.Equal(3, page["total_pages"]!.GetValue<int>());
        Assert.Equal(2, page["page_number"]!.GetValue<int>());
        Assert.Equal(40, page["size"]!.GetValue<int>());
        Assert.False(page["first_page"]!.GetValue<bool>());
        Assert.False(page["last_page"]!.GetValue<bool>());
        var oneToOne = page["contents"]![0]!.AsObject();
        Assert.Null(oneToOne["schedules"]);
        Assert.NotNull(oneToOne["name"]);

        var full = await Json(await server.Http.GetAsync("services?page=3&per_page=40&full=true"));
        Assert.True(full["last_page"]!.GetValue<bool>());
        Assert.NotNull(full["contents"]![0]!["service_at_locations"]);
        var minimal = await Json(await server.Http.GetAsync("services?minimal=true&per_page=500"));
        Assert.Equal(["id", "last_modified"], minimal["contents"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_service_is_found_by_id_in_any_case_and_unknown_or_deleted_ids_are_404()
    {
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        await server.Store.UpsertAsync(Kind, [Record(1), Record(2)], default);
        await server.Store.DeleteAsync(Kind, [Id(2)], default);
        var service = await Json(await server.Http.GetAsync($"services/{Id(1).ToUpperInvariant()}"));
        Assert.Equal(Id(1), service["id"]!.GetValue<string>());
        Assert.NotNull(service["last_modified"]);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"services/{Id(2)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"services/{Id(3)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync("services/not-a-uuid")).StatusCode);
    }

    [Fact]
    public async Task The_rpde_feed_has_pages_of_500_and_ends_with_an_empty_page_whose_next_is_itself()
    {
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        await server.Store.UpsertAsync(Kind, [.. Enumerable.Range(1, 1200).Select(n => Record(n))], default);
        var url = new Uri(server.BaseUri, "feeds/services");
        var sizes = new List<int>();
        var modified = new List<long>();
        while (true)
        {
            var response = await server.Http.GetAsync(url);
            var page = await Json(response);
            var items = page["items"]!.AsArray();
            var next = new Uri(page["next"]!.GetValue<string>());
            Assert.True(next.IsAbsoluteUri);
            if (items.Count == 0)
            {
                Assert.Equal(url, next);
                Assert.Equal("public, max-age=8", response.Headers.CacheControl!.ToString());
                break;
            }

            Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
            sizes.Add(items.Count);
            modified.AddRange(items.Select(i => i!["modified"]!.GetValue<long>()));
            Assert.All(items, i => Assert.Equal("service", i!["kind"]!.GetValue<string>()));
            url = next;
        }

        Assert.Equal([500, 500, 200], sizes);
        Assert.Equal(modified.Order(), modified);
        Assert.Equal(1200, modified.Distinct().Count());
    }

    [Fact]
    public async Task Pages_have_strong_etags_and_if_none_match_gives_304_in_every_accepted_form()
    {
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        await server.Store.UpsertAsync(Kind, [Record(1)], default);
        var first = await server.Http.GetAsync("feeds/services");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        var last = new Uri((await Json(first))["next"]!.GetValue<string>());
        var lastETag = (await server.Http.GetAsync(last)).Headers.ETag!.Tag;

        foreach (var header in new[] { lastETag, "W/" + lastETag, "\"other\", " + lastETag, "*" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, last);
            request.Headers.TryAddWithoutValidation("If-None-Match", header);
            request.Headers.IfModifiedSince = DateTimeOffset.UnixEpoch; // Sent together: the ETag decides.
            var response = await server.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(lastETag, response.Headers.ETag!.Tag);
            Assert.Equal("public, max-age=8", response.Headers.CacheControl!.ToString());
        }

        // A new change makes the old last page a page with an item: a new ETag, a 200.
        await server.Store.UpsertAsync(Kind, [Record(2)], default);
        using var after = new HttpRequestMessage(HttpMethod.Get, last);
        after.Headers.TryAddWithoutValidation("If-None-Match", lastETag);
        var changed = await server.Http.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(lastETag, changed.Headers.ETag!.Tag);
        Assert.Equal(Id(2), (await Json(changed))["items"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_gzipped_page_has_its_own_etag_and_the_same_content()
    {
        await using var server = await InProcessCentral.StartAsync();
        var plain = await server.Http.GetAsync("feeds/services");
        using var request = new HttpRequestMessage(HttpMethod.Get, "feeds/services");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var zipped = await server.Http.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(zipped.Content.Headers.ContentEncoding));
        Assert.NotEqual(plain.Headers.ETag, zipped.Headers.ETag);
        Assert.Contains("Accept-Encoding", zipped.Headers.Vary);
        await using var unzip = new GZipStream(await zipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(unzip);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await reader.ReadToEndAsync());
        Assert.True(zipped.Content.Headers.ContentLength < plain.Content.Headers.ContentLength / 2);
    }

    [Fact]
    public async Task Deleted_and_inactive_services_appear_as_tombstones_without_data()
    {
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        await server.Store.UpsertAsync(Kind, [Record(1), Record(2), Record(3)], default);
        await server.Store.DeleteAsync(Kind, [Id(1)], default);
        await server.Store.UpsertAsync(Kind, [Record(2) with { Active = false }], default);
        var items = (await Json(await server.Http.GetAsync("feeds/services")))["items"]!.AsArray();
        Assert.Equal([Id(3), Id(1), Id(2)], items.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal("updated", items[0]!["state"]!.GetValue<string>());
        Assert.All(items.Skip(1), i =>
        {
            Assert.Equal("deleted", i!["state"]!.GetValue<string>());
            Assert.Null(i["data"]);
        });
    }

    [Fact]
    public async Task Changes_appear_in_the_feed_only_after_the_visibility_delay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var server = await InProcessCentral.StartAsync(clock, "--Feed:SeedDemoContent=false", "--Feed:VisibilityDelaySeconds=2");
        await server.Store.UpsertAsync(Kind, [Record(1)], default);
        Assert.Empty((await Json(await server.Http.GetAsync("feeds/services")))["items"]!.AsArray());
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single((await Json(await server.Http.GetAsync("feeds/services")))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_taxonomy_feed_and_list_hold_every_term()
    {
        await using var server = await InProcessCentral.StartAsync();
        int terms = KioskGuide.Feed.Mapping.Vocabularies.All.Sum(v => v.Terms.Count);
        var page = await Json(await server.Http.GetAsync("feeds/taxonomy-terms"));
        Assert.Equal(terms, page["items"]!.AsArray().Count);
        Assert.All(page["items"]!.AsArray(), i => Assert.Equal("taxonomy_term", i!["kind"]!.GetValue<string>()));
        Assert.Equal(terms, (await Json(await server.Http.GetAsync("taxonomy_terms?per_page=500")))["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_negative_cursor_is_a_400()
    {
        await using var server = await InProcessCentral.StartAsync(null, "--Feed:SeedDemoContent=false");
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Http.GetAsync("feeds/services?afterChangeNumber=-1")).StatusCode);
    }
}
