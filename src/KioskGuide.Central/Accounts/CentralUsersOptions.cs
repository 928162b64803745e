namespace KioskGuide.Central.Accounts;

/// <summary>Section "Central": the people who may log in to the central server's pages, and what each may do.</summary>
public sealed class CentralUsersOptions
{
    public const string Section = "Central";

    /// <summary>
    /// "Central:Users". The older "CitizenInput:Planners" list is read too, each entry as a user with the planner
    /// role (see CitizenInput's LegacyPlannerUsers), so existing configuration keeps working.
    /// </summary>
    public List<CentralUser> Users { get; set; } = [];
}

/// <summary>One login: a user name, the hash printed by the hash-password command, and the user's roles.</summary>
public sealed class CentralUser
{
    public string UserName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    /// <summary>Any of <see cref="CentralRoles.All"/> ("planner", "editor", "it"); at least one.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Where the entry was configured, for error messages; not bound from configuration.</summary>
    internal string Setting { get; set; } = "";
}
