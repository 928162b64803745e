using KioskGuide.Central.Accounts;
using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>
/// The older "CitizenInput:Planners" list, still read: each entry becomes a central user with the planner role,
/// after the users of "Central:Users", so configuration written before the shared login keeps working.
/// </summary>
internal sealed class LegacyPlannerUsers(IOptions<CitizenInputServerOptions> input) : IPostConfigureOptions<CentralUsersOptions>
{
    public void PostConfigure(string? name, CentralUsersOptions options)
    {
        var planners = input.Value.Planners;
        for (var i = 0; i < planners.Count; i++)
        {
            options.Users.Add(new CentralUser
            {
                UserName = planners[i].UserName,
                PasswordHash = planners[i].PasswordHash,
                Roles = [CentralRoles.Planner],
                Setting = $"{CitizenInputServerOptions.Section}:Planners:{i}",
            });
        }
    }
}
