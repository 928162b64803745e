using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KioskGuide.Central.CitizenInput.Security;

namespace KioskGuide.InputDurability;

/// <summary>
/// The durability proof of citizen input: the kiosk is started and SIGKILLed at a random point, run after run (10 % while it
/// starts, 15 % just after a 2xx arrived or a try failed, 25 % during an upload round, the rest anywhere in its first 250 ms), while the
/// server is started and SIGKILLed in phases of 1–8 runs (down about half the runs). Then the server is
/// left up, the kiosk drains its outbox, and every answer it reported as committed must be on the server
/// exactly once.
/// </summary>
public static class DurabilityRun
{
    private const string KioskId = "durability-kiosk";

    public static async Task<DurabilityResult> RunAsync(DurabilitySettings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var seed = settings.Seed ?? Random.Shared.Next();
        var random = new Random(seed);
        var work = settings.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"kioskguide-durability-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var outbox = Path.Combine(work, "kiosk-outbox.db");
        var serverDb = Path.Combine(work, "server", "input.db");
        var token = KioskTokens.Generate();
        var port = FreePort();
        var serverUrl = new Uri($"http://127.0.0.1:{port}/");
        var epoch = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        string[] kioskArgs = ["kiosk", "--outbox", outbox, "--server", serverUrl.ToString(), "--token", token, "--kiosk", KioskId, "--epoch", epoch];
        string[] serverArgs = ["serve", "--db", serverDb, "--port", port.ToString(CultureInfo.InvariantCulture), "--kiosk", KioskId, "--token-sha256", KioskTokens.Hash(token)];

        await log.WriteLineAsync($"durability: {settings.Cycles} runs, seed {seed}, work {work}, server {serverUrl}");
        var clock = Stopwatch.StartNew();
        var confirmed = new HashSet<Guid>();
        var server = new ServerSwitch(serverArgs);
        var serverUp = random.Next(2) == 0;
        var phaseLeft = random.Next(1, 9);
        var downRuns = 0;
        try
        {
            await server.SetAsync(serverUp);
            for (var run = 1; run <= settings.Cycles; run++)
            {
                if (phaseLeft-- == 0)
                {
                    serverUp = !serverUp;
                    phaseLeft = random.Next(1, 9) - 1;
                    await server.SetAsync(serverUp);
                }

                downRuns += serverUp ? 0 : 1;
                foreach (var id in await KioskRunAsync([.. kioskArgs, "--cycle", run.ToString(CultureInfo.InvariantCulture)], random, settings.MaxLifetimeMs))
                {
                    confirmed.Add(id);
                }

                if (run % 50 == 0)
                {
                    await log.WriteLineAsync($"durability: {run} runs, {confirmed.Count} confirmed, {clock.Elapsed.TotalSeconds:0} s");
                }
            }

            // The end: a fresh server stays up until the kiosk's outbox is empty.
            await server.SetAsync(false);
            await server.SetAsync(true);
            await WaitUntilAnsweringAsync(serverUrl);
            using (var drain = ChildProcess.Start([.. kioskArgs, "--drain"]))
            {
                if (!await drain.WaitForExitAsync(TimeSpan.FromMinutes(3)))
                {
                    drain.Kill();
                }

                await log.WriteLineAsync($"durability: {string.Join(" ", drain.Lines().Where(l => l.StartsWith("drain", StringComparison.Ordinal)))} at {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }
        finally
        {
            await server.SetAsync(false);
        }

        var check = await DurabilityCheck.RunAsync(outbox, serverDb, confirmed);
        return new DurabilityResult(
            settings.Cycles, seed, confirmed.Count, check.Committed, check.Stored, check.Lost, check.Duplicated,
            check.NotOnServer, check.Altered, check.Rejected, check.Pending, downRuns, server.Starts, server.Replays, clock.Elapsed);
    }

    /// <summary>One kiosk life: start, live a random while, SIGKILL. Returns the ids it confirmed.</summary>
    private static async Task<IEnumerable<Guid>> KioskRunAsync(string[] args, Random random, int maxLifetimeMs)
    {
        using var kiosk = ChildProcess.Start(args);
        var kind = random.NextDouble();
        if (kind < 0.1)
        {
            // While it is still starting: opening the outbox, creating the table.
            await Task.Delay(random.Next(0, 150));
        }
        else if (kind < 0.25)
        {
            // Just after the server's 2xx reached the kiosk, before (or while) the outbox marks the answer
            // sent: the next life sends it again, and the server must answer 200 without storing it twice.
            // With the server down: just after the failed try, while the kiosk schedules the retry.
            await Task.WhenAny(kiosk.Seen("answered"), kiosk.Seen("unanswered"), Task.Delay(TimeSpan.FromMilliseconds(600)));
            await Task.Delay(random.Next(0, 5));
        }
        else if (kind < 0.5)
        {
            // Within 150 ms of starting an upload round: during a request, while the server commits,
            // or between the server's 2xx and the outbox marking the answer sent.
            await Task.WhenAny(kiosk.Seen("uploading"), Task.Delay(TimeSpan.FromSeconds(15)));
            await Task.Delay(random.Next(0, 150));
        }
        else
        {
            // Anywhere in its life after start.
            await Task.WhenAny(kiosk.Ready, Task.Delay(TimeSpan.FromSeconds(15)));
            await Task.Delay(random.Next(0, maxLifetimeMs));
        }

        kiosk.Kill();
        if (!await kiosk.WaitForExitAsync(TimeSpan.FromSeconds(15)))
        {
            throw new InvalidOperationException("A killed kiosk did not end within 15 s.");
        }

        return kiosk.Lines()
            .Where(l => l.StartsWith("confirmed ", StringComparison.Ordinal))
            .Select(l => Guid.TryParse(l["confirmed ".Length..], out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
    }

    /// <summary>The server process: started, or SIGKILLed; counts starts and the replays it logged.</summary>
    private sealed class ServerSwitch(string[] args)
    {
        private ChildProcess? _process;

        public int Starts { get; private set; }

        /// <summary>Answers sent again after a 2xx was lost (kiosk killed before marking them sent). A lower bound:
        /// a killed server may not have written its last log lines.</summary>
        public int Replays { get; private set; }

        public async Task SetAsync(bool up)
        {
            if (_process is not null)
            {
                _process.Kill();
                await _process.WaitForExitAsync(TimeSpan.FromSeconds(15));
                Replays += _process.Lines().Count(l => l.Contains("(replay)", StringComparison.Ordinal));
                _process.Dispose();
                _process = null;
            }

            if (up)
            {
                _process = ChildProcess.Start(args);
                Starts++;
            }
        }
    }

    private static async Task WaitUntilAnsweringAsync(Uri server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(server, "api/input/questionnaire"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not up yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The server at {server} did not answer within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
