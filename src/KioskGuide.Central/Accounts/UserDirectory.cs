using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Accounts;

/// <summary>The users from configuration (Central:Users and the older CitizenInput:Planners) and their password check.</summary>
public sealed class UserDirectory(IOptions<CentralUsersOptions> options)
{
    // An unknown user name costs as much as a wrong password, so timing does not tell which names exist.
    private static readonly Lazy<string> Decoy = new(() => AccountPasswords.Hash("decoy password, never valid"));

    /// <summary>The user as configured (name and roles) when the password is right; otherwise null.</summary>
    public SignedInUser? Verify(string? userName, string? password)
    {
        var account = options.Value.Users.FirstOrDefault(u => string.Equals(u.UserName, userName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (account is null || string.IsNullOrEmpty(password))
        {
            AccountPasswords.Verify(password ?? "", Decoy.Value);
            return null;
        }

        return AccountPasswords.Verify(password, account.PasswordHash)
            ? new SignedInUser(account.UserName, [.. account.Roles.Select(CentralRoles.Normalise).OfType<string>().Distinct(StringComparer.Ordinal)])
            : null;
    }

    /// <summary>How many users have <paramref name="role"/>.</summary>
    public int CountWith(string role) =>
        options.Value.Users.Count(u => u.Roles.Any(r => CentralRoles.Normalise(r) == role));
}

/// <summary>Who logged in, with the roles the login cookie carries.</summary>
public sealed record SignedInUser(string UserName, IReadOnlyList<string> Roles);
