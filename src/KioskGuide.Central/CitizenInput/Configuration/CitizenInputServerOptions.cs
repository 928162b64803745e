using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Central.CitizenInput.Configuration;

/// <summary>Section "CitizenInput": where answers are kept, who may send and read them, and the limits.</summary>
public sealed class CitizenInputServerOptions
{
    public const string Section = "CitizenInput";

    /// <summary>The SQLite file for answers, moderation and kiosk tokens; relative paths are from the working folder.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/citizen-input/input.db";

    /// <summary>
    /// Questionnaire files (JSON). The first is the current one, served to kiosks; the rest are older
    /// versions still accepted from kiosks that were offline. Empty: the built-in "Flere i fællesskaber".
    /// </summary>
    public List<string> QuestionnaireFiles { get; set; } = [];

    /// <summary>The municipality's areas, as the kiosks show them (the towns of the offers).</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Kiosk tokens given in configuration, as SHA-256 hashes; more are made with the create-token command.</summary>
    public List<KioskTokenSetting> Kiosks { get; set; } = [];

    /// <summary>
    /// Who may log in to the planners' page: the older form of "Central:Users", each entry a user with the planner
    /// role. Still read; new users go in Central:Users with their roles.
    /// </summary>
    public List<PlannerAccount> Planners { get; set; } = [];

    /// <summary>Answers a minute one kiosk token may send before 429.</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>The largest answer accepted, in bytes, before 413.</summary>
    [Range(1024, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Report font files (TrueType); the first that exists is used.</summary>
    public List<string> ReportFonts { get; set; } = [];

    /// <summary>Bold report font files; the first that exists is used.</summary>
    public List<string> ReportBoldFonts { get; set; } = [];
}

/// <summary>A kiosk and the SHA-256 (hex) of its token. The token itself is never in configuration.</summary>
public sealed class KioskTokenSetting
{
    public string KioskId { get; set; } = "";

    public string TokenSha256 { get; set; } = "";
}

/// <summary>A planner's login (older form of Accounts.CentralUser); <see cref="PasswordHash"/> as printed by the hash-password command.</summary>
public sealed class PlannerAccount
{
    public string UserName { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}
