using KioskGuide.Central.Accounts;
using System.Net.Http.Headers;
using System.Text;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Central;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>
/// The central server on a free loopback port with its own temporary
/// folder as content root and databases: two kiosks with known tokens, one planner, the demo municipality's areas,
/// no offers. Real Kestrel, real HTTP; no central-settings.json in that root, so nothing of the demo configuration leaks in.
/// </summary>
public sealed class InputServer : IAsyncDisposable
{
    public const string KioskId = "test-kiosk";
    public const string Token = "test-token-for-the-test-kiosk-0123456789";
    public const string OtherKioskId = "other-kiosk";
    public const string OtherToken = "test-token-for-the-other-kiosk-987654321";
    public const string PlannerUser = "planner";
    public const string PlannerPassword = "correct horse battery staple";

    public static readonly string[] Areas = ["Egelund", "Havrehøj", "Kildevang", "Solbjerg Strand", "Åbæk"];

    private readonly WebApplication _app;

    private InputServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri BaseAddress { get; }

    /// <summary>The temporary folder with the database (input.db).</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "input.db");

    public IServiceProvider Services => _app.Services;

    /// <summary>No cookies, no token: add what each test needs per request.</summary>
    public HttpClient Client { get; }

    /// <param name="settings">More --Key=value settings, e.g. questionnaire files.</param>
    public static async Task<InputServer> StartAsync(
        int permitsPerMinute = 10_000, int maxBodyBytes = 16 * 1024, Action<IServiceCollection>? services = null, IEnumerable<string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kioskguide-input-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var args = new List<string>
        {
            $"--contentRoot={folder}",
            "--Feed:Port=0",
            $"--Feed:DatabasePath={Path.Combine(folder, "feed.db")}",
            "--Feed:SeedDemoContent=false",
            $"--CitizenInput:DatabasePath={Path.Combine(folder, "input.db")}",
            $"--CitizenInput:PermitsPerMinute={permitsPerMinute}",
            $"--CitizenInput:MaxBodyBytes={maxBodyBytes}",
            $"--CitizenInput:Kiosks:0:KioskId={KioskId}",
            $"--CitizenInput:Kiosks:0:TokenSha256={KioskTokens.Hash(Token)}",
            $"--CitizenInput:Kiosks:1:KioskId={OtherKioskId}",
            $"--CitizenInput:Kiosks:1:TokenSha256={KioskTokens.Hash(OtherToken)}",
            $"--Central:Users:0:UserName={PlannerUser}",
            "--Central:Users:0:Roles:0=planner",
            // Few iterations: the tests log in often; production hashes use 600,000.
            $"--Central:Users:0:PasswordHash={AccountPasswords.Hash(PlannerPassword, 1000)}",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange(Areas.Select((a, i) => $"--CitizenInput:Areas:{i}={a}"));
        args.AddRange(settings ?? []);

        var app = CentralApp.Build([.. args], services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InputServer(app, folder, new Uri(address + "/"));
    }

    /// <summary>POSTs an answer as the kiosk does; the key defaults to the answer's id.</summary>
    public Task<HttpResponseMessage> PostAsync(QuestionnaireResponse response, string? token = Token, string? key = null) =>
        PostJsonAsync(CitizenInputJson.Serialize(response), token, key ?? response.Id.ToString("D"));

    public async Task<HttpResponseMessage> PostJsonAsync(string json, string? token = Token, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/input/responses")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Posts every answer and checks each was stored (201).</summary>
    public async Task SeedAsync(IEnumerable<QuestionnaireResponse> responses)
    {
        foreach (var response in responses)
        {
            using var reply = await PostAsync(response, response.KioskId == OtherKioskId ? OtherToken : Token);
            Assert.Equal(System.Net.HttpStatusCode.Created, reply.StatusCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
