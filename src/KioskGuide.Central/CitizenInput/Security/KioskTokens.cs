using System.Security.Cryptography;
using System.Text;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>
/// Kiosk API tokens: 32 random bytes, base64url. Only the SHA-256 of a token is ever stored; a token has
/// enough entropy that a plain (unsalted) hash cannot be reversed by guessing.
/// </summary>
public static class KioskTokens
{
    public const int HashHexLength = 64;

    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool IsHash(string? value) =>
        value is { Length: HashHexLength } && value.All(char.IsAsciiHexDigit);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
