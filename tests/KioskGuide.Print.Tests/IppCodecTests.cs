using KioskGuide.Print.Printing;
using KioskGuide.Print.Printing.Ipp;

namespace KioskGuide.Print.Tests;

/// <summary>The hand-written IPP/1.1 encoding, byte by byte, and how printer states map to what the kiosk does.</summary>
public sealed class IppCodecTests
{
    [Fact]
    public void Print_job_request_encodes_as_rfc_8010_says()
    {
        var request = IppRequests.PrintJob(new Uri("ipp://printer.local:631/ipp/print"), 7, new PrintJob([0x25, 0x50, 0x44, 0x46], "Gåtur", PaperSize.A5, 1));
        var bytes = IppCodec.Encode(request);

        Assert.Equal(new byte[] { 1, 1, 0x00, 0x02, 0, 0, 0, 7, 0x01 }, bytes[..9]);                 // version 1.1, Print-Job, request 7, operation group
        Assert.Equal(new byte[] { 0x47, 0, 18 }, bytes[9..12]);                                         // charset, name length 18
        Assert.Equal("attributes-charset", System.Text.Encoding.ASCII.GetString(bytes, 12, 18));
        Assert.Equal(new byte[] { 0, 5, (byte)'u', (byte)'t', (byte)'f', (byte)'-', (byte)'8' }, bytes[30..37]);
        Assert.Equal(new byte[] { 0x03, 0x25, 0x50, 0x44, 0x46 }, bytes[^5..]);                         // end-of-attributes, then the document

        var decoded = IppCodec.Decode(bytes);
        Assert.Equal(IppOperation.PrintJob, decoded.Code);
        Assert.Equal("Gåtur", decoded.Find("job-name")!.Values[0].AsText());
        Assert.Equal("application/pdf", decoded.Find("document-format")!.Values[0].AsText());
        Assert.Equal("iso_a5_148x210mm", decoded.Find("media", IppTag.JobAttributes)!.Values[0].AsText());
        Assert.Equal("ipp://printer.local:631/ipp/print", decoded.Find("printer-uri")!.Values[0].AsText());
        Assert.Equal(new byte[] { 0x25, 0x50, 0x44, 0x46 }, decoded.Data);
    }

    [Fact]
    public void Multi_valued_attributes_round_trip_as_one_attribute()
    {
        var request = IppRequests.GetPrinterAttributes(new Uri("ipp://localhost/ipp/print"), 1);
        var decoded = IppCodec.Decode(IppCodec.Encode(request));
        Assert.Equal(["printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "media-supported"],
            decoded.Find("requested-attributes")!.Values.Select(v => v.AsText()));
    }

    [Theory]
    [InlineData(new byte[] { 1, 1, 0, 0, 0, 0, 0, 1 })]                                   // no end tag
    [InlineData(new byte[] { 1, 1, 0, 0, 0, 0, 0, 1, 0x01, 0x44, 0, 50, 0x61 })]          // name runs past the end
    [InlineData(new byte[] { 1, 1, 0, 0, 0, 0, 0, 1, 0x44, 0, 1, 0x61, 0, 0, 0x03 })]     // value before any group
    public void Broken_answers_are_a_format_error_not_a_crash(byte[] bytes)
    {
        Assert.Throws<IppFormatException>(() => IppCodec.Decode(bytes));
    }

    [Theory]
    [InlineData(3, "none", PrinterStatus.Idle)]
    [InlineData(4, "none", PrinterStatus.Processing)]
    [InlineData(5, "none", PrinterStatus.Stopped)]
    [InlineData(3, "media-empty-error", PrinterStatus.MediaEmpty)]
    [InlineData(5, "media-needed", PrinterStatus.MediaEmpty)]
    [InlineData(5, "media-jam-error", PrinterStatus.MediaJam)]
    [InlineData(3, "offline-report", PrinterStatus.Idle)]
    [InlineData(5, "offline", PrinterStatus.Offline)]
    [InlineData(3, "media-low-warning", PrinterStatus.Idle)]
    [InlineData(3, "paused", PrinterStatus.Stopped)]
    public void Printer_state_and_reasons_map_to_what_the_kiosk_does(int state, string reason, PrinterStatus expected)
    {
        Assert.Equal(expected, IppPrinterState.From(state, [reason], accepting: true));
    }

    [Theory]
    [InlineData("ipp://192.168.1.50/ipp/print", "http://192.168.1.50:631/ipp/print")]
    [InlineData("ipps://printer.local/ipp/print", "https://printer.local:631/ipp/print")]
    [InlineData("http://localhost:8631/ipp/print", "http://localhost:8631/ipp/print")]
    public void Printer_addresses_become_http_endpoints(string uri, string endpoint)
    {
        Assert.True(IppPrinter.TryEndpoint(uri, out var result));
        Assert.Equal(endpoint, result.AbsoluteUri);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("lpd://printer/queue")]
    [InlineData("not a uri")]
    public void Other_printer_addresses_are_refused(string uri)
    {
        Assert.False(IppPrinter.TryEndpoint(uri, out _));
    }
}
