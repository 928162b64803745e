using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Kiosk.Staff;

/// <summary>Section "Staff": the staff PIN (as a hash only) and how staff mode guards itself.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// "pbkdf2-sha256$iterations$salt$hash", printed by <c>KioskGuide.Kiosk hash-pin</c>. Empty: staff mode is off
    /// (holding the corner does nothing).
    /// </summary>
    [RegularExpression(@"^(pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+)?$", ErrorMessage = "Staff:PinHash must be the line printed by 'KioskGuide.Kiosk hash-pin', or empty.")]
    public string? PinHash { get; set; }

    /// <summary>How long the corner must be held.</summary>
    [Range(3, 30)]
    public int HoldSeconds { get; set; } = 5;

    [Range(1, 20)]
    public int MaxWrongPins { get; set; } = 5;

    [Range(1, 120)]
    public int LockoutMinutes { get; set; } = 5;

    /// <summary>Staff mode leaves by itself after this long without a touch.</summary>
    [Range(30, 1800)]
    public int IdleSeconds { get; set; } = 120;
}
