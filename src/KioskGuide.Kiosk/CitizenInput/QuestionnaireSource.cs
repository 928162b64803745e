using System.Reflection;
using System.Text.Json;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// The questionnaire the kiosk asks. A configured file wins; a file that is missing or invalid is
/// logged and the built-in default is used, so a typo never takes the "Have your say" tile away.
/// </summary>
public sealed class QuestionnaireSource
{
    private const string DefaultResource = "KioskGuide.Kiosk.flere-i-faellesskaber.json";

    public QuestionnaireSource(IOptions<InputOptions> options, ILogger<QuestionnaireSource> logger)
    {
        Current = Load(options.Value.QuestionnaireFile, logger);
    }

    public Questionnaire Current { get; }

    public static Questionnaire BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded questionnaire {DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return CitizenInputJson.DeserializeQuestionnaire(reader.ReadToEnd());
    }

    private static Questionnaire Load(string? file, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return BuiltIn();
        }

        try
        {
            return CitizenInputJson.DeserializeQuestionnaire(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            logger.LogError("Questionnaire file {File} could not be used ({Reason}); asking the built-in questionnaire instead", file, ex.Message);
            return BuiltIn();
        }
    }
}
