namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>The planners' addresses, all under /input, where the login cookie is sent (see Accounts.AccountRoutes).</summary>
public static class PlannerRoutes
{
    public const string Root = "/input";
    public const string Page = "/input/planners";
    public const string Hide = Page + HidePath;
    public const string Csv = Page + CsvPath;
    public const string Pdf = Page + PdfPath;

    /// <summary>The same, relative to <see cref="Page"/> (the endpoints' group).</summary>
    internal const string HidePath = "/hide";
    internal const string CsvPath = "/export.csv";
    internal const string PdfPath = "/report.pdf";
}
