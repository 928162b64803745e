using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// The staff PIN as a salted PBKDF2-SHA256 hash, the only form it is stored in. A PIN has few digits, so the
/// iteration count (and the lock after 5 wrong PINs) is what makes guessing slow; the kiosk never keeps the PIN.
/// </summary>
public static class StaffPin
{
    public const int Iterations = 210_000;

    /// <summary>4 to 8 digits.</summary>
    public static bool IsWellFormed(string? pin) => pin is { Length: >= 4 and <= 8 } && pin.All(char.IsAsciiDigit);

    public static string Hash(string pin, int iterations = Iterations)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${iterations.ToString(CultureInfo.InvariantCulture)}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string pin, string? stored)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var parts = stored?.Split('$');
        if (parts is not ["pbkdf2-sha256", var count, var salt, var hash]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var expected = Convert.FromBase64String(hash);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), Convert.FromBase64String(salt), iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
