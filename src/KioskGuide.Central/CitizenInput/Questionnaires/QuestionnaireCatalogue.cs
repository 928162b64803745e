using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Questionnaires;

/// <summary>
/// The questionnaires this server knows: the current one (served to kiosks) and older versions still
/// accepted from kiosks that were offline when it changed. Loaded once at start.
/// </summary>
public sealed class QuestionnaireCatalogue
{
    private const string BuiltInResource = "KioskGuide.Central.flere-i-faellesskaber.json";

    private readonly IReadOnlyList<Questionnaire> _all;

    public QuestionnaireCatalogue(IReadOnlyList<Questionnaire> questionnaires)
    {
        ArgumentOutOfRangeException.ThrowIfZero(questionnaires.Count);
        _all = questionnaires;
        Current = questionnaires[0];
        CurrentJson = CitizenInputJson.Serialize(Current);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CurrentJson)))[..16];
        ETag = $"\"{Current.Id}-v{Current.Version}-{hash}\"";
    }

    public Questionnaire Current { get; }

    /// <summary>The current questionnaire as served to kiosks.</summary>
    public string CurrentJson { get; }

    /// <summary>A strong ETag that changes with any change to the served JSON.</summary>
    public string ETag { get; }

    public Questionnaire? Find(string id, int version) =>
        _all.FirstOrDefault(q => q.Id == id && q.Version == version);

    /// <exception cref="InvalidOperationException">A file is missing or is not a questionnaire; the message names it.</exception>
    public static QuestionnaireCatalogue Load(CitizenInputServerOptions options)
    {
        if (options.QuestionnaireFiles.Count == 0)
        {
            return new QuestionnaireCatalogue([BuiltIn()]);
        }

        var loaded = new List<Questionnaire>();
        foreach (var file in options.QuestionnaireFiles)
        {
            try
            {
                loaded.Add(CitizenInputJson.DeserializeQuestionnaire(File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"{CitizenInputServerOptions.Section}:QuestionnaireFiles: {file} cannot be used: {ex.Message}", ex);
            }
        }

        return new QuestionnaireCatalogue(loaded);
    }

    public static Questionnaire BuiltIn()
    {
        using var stream = typeof(QuestionnaireCatalogue).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Embedded questionnaire {BuiltInResource} is missing.");
        using var reader = new StreamReader(stream);
        return CitizenInputJson.DeserializeQuestionnaire(reader.ReadToEnd());
    }
}
