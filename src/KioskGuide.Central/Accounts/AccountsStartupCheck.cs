using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Central.Accounts;

/// <summary>Says at start which roles nobody has, so "I cannot log in" is answered by the log.</summary>
internal sealed class AccountsStartupCheck(UserDirectory users, ILogger<AccountsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (users.CountWith(CentralRoles.Planner) == 0)
        {
            logger.LogWarning("No user has the planner role (Central:Users, or CitizenInput:Planners): nobody can log in to the planners' page");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
