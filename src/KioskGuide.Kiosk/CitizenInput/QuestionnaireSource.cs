using System.Reflection;
using System.Text.Json;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// The questionnaire the kiosk asks a citizen who starts now. It begins as the kiosk-config default
/// (Input:QuestionnaireFile, or the built-in one when that is missing or invalid, so a typo never takes the
/// "Have your say" tile away); <see cref="QuestionnaireRefresher"/> replaces it with the one the central
/// server delivered. A draft keeps the questionnaire it started with, so a swap never changes a half-written answer.
/// </summary>
public sealed class QuestionnaireSource
{
    private const string DefaultResource = "KioskGuide.Kiosk.flere-i-faellesskaber.json";

    private volatile Questionnaire _current;

    public QuestionnaireSource(IOptions<InputOptions> options, ILogger<QuestionnaireSource> logger)
    {
        Default = Load(options.Value.QuestionnaireFile, logger);
        _current = Default;
    }

    /// <summary>The kiosk-config default, asked until the central server has delivered a questionnaire.</summary>
    public Questionnaire Default { get; }

    public Questionnaire Current => _current;

    /// <summary>Asks <paramref name="questionnaire"/> from the next citizen on; it must have passed <see cref="QuestionnaireValidator"/>.</summary>
    public void Use(Questionnaire questionnaire) => _current = questionnaire;

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
