using System.Net;
using System.Net.Sockets;
using KioskGuide.Print.Printing.Ipp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Print.Tests.Infrastructure;

/// <summary>
/// A stand-in IPP printer on loopback for the states ippeveprinter cannot be put in (it has no
/// Pause-Printer and no way to run out of paper): it answers Get-Printer-Attributes with the given state
/// and reasons, and Print-Job with the given status code.
/// </summary>
public sealed class StandInIppPrinter : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInIppPrinter(WebApplication app) => _app = app;

    /// <summary>Read from the server once it listens: port 0 lets the system pick a free port with no race.</summary>
    public string Uri => $"{_app.Urls.First().Replace("http://", "ipp://", StringComparison.Ordinal)}/ipp/print";

    public int PrintJobs { get; private set; }

    public static async Task<StandInIppPrinter> StartAsync(int state, string[] reasons, ushort printJobStatus = IppStatusCode.SuccessfulOk)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StandInIppPrinter? self = null;
        app.MapPost("/ipp/print", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var request = IppCodec.Decode(body.ToArray());
            var response = new IppMessage { RequestId = request.RequestId };
            var operation = new IppGroup(IppTag.OperationAttributes,
            [
                new IppAttribute("attributes-charset", [IppValue.Text(IppTag.Charset, "utf-8")]),
                new IppAttribute("attributes-natural-language", [IppValue.Text(IppTag.NaturalLanguage, "en")]),
            ]);
            if (request.Code == IppOperation.GetPrinterAttributes)
            {
                response = new IppMessage
                {
                    Code = IppStatusCode.SuccessfulOk,
                    RequestId = request.RequestId,
                    Groups =
                    [
                        operation,
                        new IppGroup(IppTag.PrinterAttributes,
                        [
                            new IppAttribute("printer-state", [IppValue.Number(IppTag.Enum, state)]),
                            new IppAttribute("printer-state-reasons", reasons.Select(r => IppValue.Text(IppTag.Keyword, r)).ToList()),
                            new IppAttribute("printer-is-accepting-jobs", [IppValue.Boolean(true)]),
                        ]),
                    ],
                };
            }
            else
            {
                self!.PrintJobs++;
                response = new IppMessage { Code = printJobStatus, RequestId = request.RequestId, Groups = [operation] };
            }
            http.Response.ContentType = "application/ipp";
            await http.Response.Body.WriteAsync(IppCodec.Encode(response));
        });
        await app.StartAsync();
        self = new StandInIppPrinter(app);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A TCP port that accepts connections and never answers: a printer hung mid-job.</summary>
public sealed class SilentPeer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentPeer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Uri => $"ipp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ipp/print";

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                _clients.Add(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _clients.ForEach(c => c.Dispose());
        _stop.Dispose();
    }
}
