using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Accounts;

/// <summary>The planners from configuration and their password check.</summary>
public sealed class UserDirectory(IOptions<CitizenInputServerOptions> options)
{
    // An unknown user name costs as much as a wrong password, so timing does not tell which names exist.
    private static readonly Lazy<string> Decoy = new(() => AccountPasswords.Hash("decoy password, never valid"));

    /// <summary>The planner's user name as configured when the password is right; otherwise null.</summary>
    public string? Verify(string? userName, string? password)
    {
        var account = options.Value.Planners.FirstOrDefault(p => string.Equals(p.UserName, userName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (account is null || string.IsNullOrEmpty(password))
        {
            AccountPasswords.Verify(password ?? "", Decoy.Value);
            return null;
        }

        return AccountPasswords.Verify(password, account.PasswordHash) ? account.UserName : null;
    }
}
