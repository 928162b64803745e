using Microsoft.Extensions.Options;

namespace KioskGuide.Sync;

/// <summary>Checks that need more than one setting; a bad value stops the kiosk at start with its name.</summary>
internal sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.FeedRoot, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            failures.Add("Sync:FeedRoot must be an absolute http or https address when Sync:Enabled is true.");
        }

        if (options.RetryMaxSeconds < options.RetryInitialSeconds)
        {
            failures.Add("Sync:RetryMaxSeconds must not be less than Sync:RetryInitialSeconds.");
        }

        if (options.FullResyncMarginDays >= options.TombstoneRetentionDays)
        {
            failures.Add("Sync:FullResyncMarginDays must be less than Sync:TombstoneRetentionDays.");
        }

        if (options.Mode == SyncMode.Rpde && options.AcceptedProfiles.Count == 0)
        {
            failures.Add("Sync:AcceptedProfiles must name at least one profile in Rpde mode.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
