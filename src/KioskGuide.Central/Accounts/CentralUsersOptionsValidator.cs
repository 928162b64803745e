using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Accounts;

/// <summary>Stops the server at start with a message naming the user setting that is wrong.</summary>
internal sealed class CentralUsersOptionsValidator : IValidateOptions<CentralUsersOptions>
{
    public ValidateOptionsResult Validate(string? name, CentralUsersOptions options)
    {
        var failures = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var setting = user.Setting.Length > 0 ? user.Setting : $"{CentralUsersOptions.Section}:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                failures.Add($"{setting}:UserName is empty");
            }
            else if (!seen.TryAdd(user.UserName.Trim(), setting))
            {
                failures.Add($"{setting}:UserName '{user.UserName}' is also {seen[user.UserName.Trim()]}: each user once, with all their roles");
            }

            if (!AccountPasswords.IsWellFormed(user.PasswordHash))
            {
                failures.Add($"{setting}:PasswordHash is not a hash printed by the hash-password command (pbkdf2-sha256$iterations$salt$hash)");
            }

            if (user.Roles.Count == 0)
            {
                failures.Add($"{setting}:Roles is empty: give at least one of {string.Join(", ", CentralRoles.All)}");
            }

            foreach (var role in user.Roles.Where(r => CentralRoles.Normalise(r) is null))
            {
                failures.Add($"{setting}:Roles names '{role}', which is not one of {string.Join(", ", CentralRoles.All)}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
