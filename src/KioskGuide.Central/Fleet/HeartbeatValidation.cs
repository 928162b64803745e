using KioskGuide.Domain.Operations;

namespace KioskGuide.Central.Fleet;

/// <summary>Bounds on what a kiosk may send, so a stolen token cannot fill the fleet database or the page with junk.</summary>
internal static class HeartbeatValidation
{
    public const int MaxText = 200;

    public static Dictionary<string, string[]> Check(KioskStatus status)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Text(string name, string? value, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors[name] = [$"{name} is required."];
            }
            else if (value?.Length > MaxText)
            {
                errors[name] = [$"{name} is longer than {MaxText} characters."];
            }
        }

        Text("siteName", status.SiteName, required: true);
        Text("appVersion", status.AppVersion, required: true);
        Text("sync.lastError", status.Sync?.LastError, required: false);
        Text("printer.description", status.Printer?.Description, required: false);
        Text("printer.state", status.Printer?.State, required: true);
        if (status.Content is null || status.Sync is null || status.Answers is null || status.Printer is null)
        {
            errors["status"] = ["content, sync, answers and printer are required."];
        }
        else if (status.Content.Offers < 0 || status.Answers.Waiting < 0 || status.Sync.QuarantinedItems < 0 || status.Printer.PagesToday < 0)
        {
            errors["status"] = ["Counts cannot be negative."];
        }

        return errors;
    }
}
