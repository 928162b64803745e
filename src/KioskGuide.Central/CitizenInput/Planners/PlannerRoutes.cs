namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>The planners' addresses, all under /input, where the login cookie is sent (see Accounts.AccountRoutes).</summary>
public static class PlannerRoutes
{
    public const string Root = "/input";
    public const string Page = "/input/planners";
    public const string Hide = "/input/planners/hide";
    public const string Csv = "/input/planners/export.csv";
    public const string Pdf = "/input/planners/report.pdf";
}
