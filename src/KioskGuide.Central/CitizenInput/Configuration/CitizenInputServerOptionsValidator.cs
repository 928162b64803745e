using System.Text.RegularExpressions;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Configuration;

/// <summary>Stops the server at start with a message naming the setting that is wrong.</summary>
public sealed partial class CitizenInputServerOptionsValidator : IValidateOptions<CitizenInputServerOptions>
{
    private const string S = CitizenInputServerOptions.Section;

    public ValidateOptionsResult Validate(string? name, CitizenInputServerOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Kiosks.Count; i++)
        {
            var kiosk = options.Kiosks[i];
            if (!KioskIdPattern().IsMatch(kiosk.KioskId))
            {
                failures.Add($"{S}:Kiosks:{i}:KioskId '{kiosk.KioskId}' must be lower-case letters, digits and dashes (1–64)");
            }

            if (!KioskTokens.IsHash(kiosk.TokenSha256))
            {
                failures.Add($"{S}:Kiosks:{i}:TokenSha256 must be the 64 hex digits of a token's SHA-256 (the create-token command prints a token; never put the token itself here)");
            }
        }

        try
        {
            var catalogue = QuestionnaireCatalogue.Load(options);
            var needsAreas = catalogue.Current.Questions.Any(q => q.Type == QuestionType.Area && q.Options.Count == 0);
            if (needsAreas && options.Areas.Count == 0)
            {
                failures.Add($"{S}:Areas is empty, but questionnaire {catalogue.Current.Id} asks which area one lives in: list the municipality's areas as the kiosks show them");
            }
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Kiosk ids as the kiosks' SiteId: lower-case letters, digits and dashes.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    internal static partial Regex KioskIdPattern();
}
