namespace KioskGuide.Print.Printing.Ipp;

/// <summary>The two requests KioskGuide sends, with the attributes IPP/1.1 requires first (RFC 8011 §4.1.4).</summary>
public static class IppRequests
{
    private const string UserName = "kioskguide";

    /// <param name="withMedia">False when the printer does not list the paper: it then prints on its own paper, scaled to fit.</param>
    public static IppMessage PrintJob(Uri printerUri, int requestId, PrintJob job, bool withMedia = true) => new()
    {
        Code = IppOperation.PrintJob,
        RequestId = requestId,
        Groups =
        [
            new IppGroup(IppTag.OperationAttributes,
                [.. Required(printerUri),
                new IppAttribute("requesting-user-name", [IppValue.Text(IppTag.NameWithoutLanguage, UserName)]),
                new IppAttribute("job-name", [IppValue.Text(IppTag.NameWithoutLanguage, Truncate(job.Name, 200))]),
                new IppAttribute("document-format", [IppValue.Text(IppTag.MimeMediaType, "application/pdf")])]),
            // Without media the printer uses its default paper, which is often Letter.
            .. withMedia ? new[] { new IppGroup(IppTag.JobAttributes, [new IppAttribute("media", [IppValue.Text(IppTag.Keyword, Paper.MediaName(job.Paper))])]) } : [],
        ],
        Data = job.Pdf,
    };

    public static IppMessage GetPrinterAttributes(Uri printerUri, int requestId) => new()
    {
        Code = IppOperation.GetPrinterAttributes,
        RequestId = requestId,
        Groups =
        [
            new IppGroup(IppTag.OperationAttributes,
                [.. Required(printerUri),
                new IppAttribute("requesting-user-name", [IppValue.Text(IppTag.NameWithoutLanguage, UserName)]),
                new IppAttribute("requested-attributes",
                [
                    IppValue.Text(IppTag.Keyword, "printer-state"),
                    IppValue.Text(IppTag.Keyword, "printer-state-reasons"),
                    IppValue.Text(IppTag.Keyword, "printer-is-accepting-jobs"),
                    IppValue.Text(IppTag.Keyword, "media-supported"),
                ])]),
        ],
    };

    private static IppAttribute[] Required(Uri printerUri) =>
    [
        new("attributes-charset", [IppValue.Text(IppTag.Charset, "utf-8")]),
        new("attributes-natural-language", [IppValue.Text(IppTag.NaturalLanguage, "da")]),
        new("printer-uri", [IppValue.Text(IppTag.Uri, printerUri.AbsoluteUri)]),
    ];

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>Reads a Get-Printer-Attributes response into one of the states the kiosk acts on.</summary>
public static class IppPrinterState
{
    public static PrinterStatus From(IppMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IppStatusCode.IsSuccess(response.Code))
        {
            return PrinterStatus.Offline;
        }

        var state = response.Find("printer-state")?.Values.FirstOrDefault().AsInteger();
        var reasons = response.Find("printer-state-reasons")?.Values.Select(v => v.AsText()).ToList() ?? [];
        var accepting = response.Find("printer-is-accepting-jobs")?.Values.FirstOrDefault().AsBoolean();
        return From(state, reasons, accepting);
    }

    /// <summary>
    /// Reasons first (a printer out of paper often still says "idle"), then the state. Reasons ending in
    /// "-report" or "-warning" (e.g. media-low-warning) do not stop a print; bare and "-error" ones do.
    /// </summary>
    public static PrinterStatus From(int? state, IEnumerable<string> reasons, bool? accepting)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var blocking = reasons
            .Where(r => !r.EndsWith("-report", StringComparison.Ordinal) && !r.EndsWith("-warning", StringComparison.Ordinal))
            .Select(r => r.EndsWith("-error", StringComparison.Ordinal) ? r[..^"-error".Length] : r)
            .ToHashSet(StringComparer.Ordinal);

        if (blocking.Contains("media-empty") || blocking.Contains("media-needed"))
        {
            return PrinterStatus.MediaEmpty;
        }
        if (blocking.Contains("media-jam"))
        {
            return PrinterStatus.MediaJam;
        }
        if (blocking.Overlaps(["offline", "shutdown", "connecting-to-device", "timed-out"]))
        {
            return PrinterStatus.Offline;
        }
        if (state == 5 || accepting == false || blocking.Overlaps(["paused", "moving-to-paused", "stopped"]))
        {
            return PrinterStatus.Stopped;
        }
        return state == 4 ? PrinterStatus.Processing : PrinterStatus.Idle;
    }
}
