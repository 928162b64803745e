using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Print.Printing.Ipp;

/// <summary>
/// An IPP Everywhere printer: IPP requests POSTed over HTTP as application/ipp (RFC 8010 §4).
/// Any network trouble or unreadable answer means "offline"; the caller's token sets the deadline.
/// </summary>
public sealed class IppPrinter : IPrinter, IDisposable
{
    private static readonly MediaTypeHeaderValue IppMediaType = new("application/ipp");
    private static readonly TimeSpan BusyRetry = TimeSpan.FromMilliseconds(250);
    private readonly HttpClient _http;
    private readonly Uri _printerUri;
    private readonly Uri _endpoint;
    private readonly ILogger<IppPrinter> _logger;
    private int _requestId;
    private volatile HashSet<string>? _mediaSupported;

    public IppPrinter(string printerUri, ILogger<IppPrinter> logger)
    {
        if (!TryEndpoint(printerUri, out var endpoint))
        {
            throw new ArgumentException($"'{printerUri}' is not an ipp://, ipps://, http:// or https:// printer address.", nameof(printerUri));
        }

        _endpoint = endpoint;
        _printerUri = new UriBuilder(endpoint) { Scheme = endpoint.Scheme == Uri.UriSchemeHttps ? "ipps" : "ipp" }.Uri;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler
        {
            // A printer that is switched off must not hold the citizen for long: fail fast, well inside 5 s.
            ConnectTimeout = TimeSpan.FromSeconds(3),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the caller's token is the deadline
        };
    }

    public string Description => $"IPP printer {_endpoint}";

    /// <summary>ipp://host/path → http://host:631/path (and ipps → https); http(s) addresses are used as they are.</summary>
    public static bool TryEndpoint(string? printerUri, out Uri endpoint)
    {
        endpoint = null!;
        if (!Uri.TryCreate(printerUri, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        string? scheme = uri.Scheme switch
        {
            "ipp" or "http" => Uri.UriSchemeHttp,
            "ipps" or "https" => Uri.UriSchemeHttps,
            _ => null,
        };
        if (scheme is null)
        {
            return false;
        }
        int port = uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme is "http" ? 80 : uri.Scheme is "https" ? 443 : 631) : uri.Port;
        endpoint = new UriBuilder(scheme, uri.Host, port, uri.AbsolutePath).Uri;
        return true;
    }

    public async Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(IppRequests.GetPrinterAttributes(_printerUri, NextRequestId()), cancellationToken);
        if (response?.Find("media-supported") is { } media)
        {
            _mediaSupported = media.Values.Select(v => v.AsText()).ToHashSet(StringComparer.Ordinal);
        }
        return response is null ? PrinterStatus.Offline : IppPrinterState.From(response);
    }

    public async Task<PrintResult> SubmitAsync(PrintJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        // A printer rejects a paper it does not list (ippeveprinter has no A5): then let it use its own, scaled to fit.
        bool withMedia = _mediaSupported is not { } supported || supported.Contains(Paper.MediaName(job.Paper));
        if (!withMedia)
        {
            _logger.LogWarning("{Printer} does not list {Media}; the leaflet prints on the printer's own paper.", Description, Paper.MediaName(job.Paper));
        }
        var response = await SendAsync(IppRequests.PrintJob(_printerUri, NextRequestId(), job, withMedia), cancellationToken);

        // Some printers take one job at a time and answer "busy" meanwhile: try again until the deadline.
        while (response?.Code == IppStatusCode.ServerErrorBusy)
        {
            try
            {
                await Task.Delay(BusyRetry, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return new PrintResult(PrintOutcome.Refused, $"{Description} was busy with another job until the time ran out.");
            }
            response = await SendAsync(IppRequests.PrintJob(_printerUri, NextRequestId(), job, withMedia), cancellationToken);
        }

        if (response is null)
        {
            return new PrintResult(PrintOutcome.PrinterOffline, $"{Description} did not answer the Print-Job request.");
        }

        var message = response.Find("status-message")?.Values.FirstOrDefault().AsText();
        var detail = $"{Description} answered Print-Job with 0x{response.Code:X4}{(message is null ? "" : $" ({message})")}.";
        return response.Code switch
        {
            _ when IppStatusCode.IsSuccess(response.Code) => new PrintResult(PrintOutcome.Printed, detail),
            IppStatusCode.ServerErrorNotAcceptingJobs => new PrintResult(PrintOutcome.PrinterStopped, detail),
            _ => new PrintResult(PrintOutcome.Refused, detail),
        };
    }

    /// <summary>One request and its decoded answer; null when the printer cannot be reached or answers nonsense.</summary>
    private async Task<IppMessage?> SendAsync(IppMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(IppCodec.Encode(request));
            content.Headers.ContentType = IppMediaType;
            using var response = await _http.PostAsync(_endpoint, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("{Printer} answered HTTP {Status}.", Description, (int)response.StatusCode);
                return null;
            }
            return IppCodec.Decode(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException ex)
        {
            _logger.LogWarning("{Printer} cannot be reached: {Reason}", Description, ex.Message);
            return null;
        }
        catch (IppFormatException ex)
        {
            _logger.LogWarning("{Printer} sent an answer that is not IPP: {Reason}", Description, ex.Message);
            return null;
        }
    }

    private int NextRequestId() => Interlocked.Increment(ref _requestId);

    public void Dispose() => _http.Dispose();
}
