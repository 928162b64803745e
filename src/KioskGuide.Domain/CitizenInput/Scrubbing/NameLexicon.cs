using System.Reflection;
using KioskGuide.Domain.Search;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// The person-name lexicon (embedded <c>person-names.txt</c>; its header states the source): first names, surnames,
/// names that are also ordinary words, and the cues that announce a name. Every entry and every word looked up is
/// folded the way search folds text (lower case, æ → ae, ø → o, å → a, diacritics dropped), so "Søren", "soren"
/// and "Sören" are one name.
/// </summary>
internal sealed class NameLexicon
{
    private const string Resource = "KioskGuide.Domain.CitizenInput.Scrubbing.person-names.txt";

    private static readonly Lazy<NameLexicon> Loaded = new(Load);

    private NameLexicon(Dictionary<string, List<string>> sections)
    {
        HashSet<string> Set(string name) =>
            new(sections.GetValueOrDefault(name, []).Select(Key).Where(k => k.Length > 0), StringComparer.Ordinal);

        First = Set("first");
        Surnames = Set("surname");
        WordNames = Set("word-names");
        Ambiguous = Set("ambiguous");
        Ambiguous.UnionWith(WordNames);
        Common = Set("common");
        PlaceAfter = Set("place-after");
        NotBefore = Set("not-before");
        Cues = [.. new[] { ("cue-strong", CueStrength.Strong), ("cue-title", CueStrength.Title), ("cue-family", CueStrength.Family), ("cue-intro", CueStrength.Intro), ("cue-weak", CueStrength.Weak) }
            .SelectMany(s => sections.GetValueOrDefault(s.Item1, []).Select(c => new Cue(CueWords(c), s.Item2, c.EndsWith(':'))))
            .Where(c => c.Words.Length > 0)
            .OrderByDescending(c => c.Words.Length)];

        // A cue's own words ("hedder", "navn", "min") and the marker's ("fjernet") are never the start of a name.
        Common.UnionWith(Cues.SelectMany(c => c.Words).Where(w => !First.Contains(w)));
        Common.Add(Key(FreeTextScrubber.Marker));
    }

    public static NameLexicon Instance => Loaded.Value;

    public HashSet<string> First { get; }
    public HashSet<string> Surnames { get; }
    /// <summary>Both sections: names that are also words. <see cref="WordNames"/> are those written with a capital too.</summary>
    public HashSet<string> Ambiguous { get; }
    public HashSet<string> WordNames { get; }
    public HashSet<string> Common { get; }
    public HashSet<string> PlaceAfter { get; }
    public HashSet<string> NotBefore { get; }

    /// <summary>Longest first, so "med venlig hilsen" wins over "hilsen".</summary>
    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>The lookup key of one word: folded, hyphen parts joined by a space ("Anne-Marie" → "anne marie").</summary>
    public static string Key(string word) => TextFolding.Fold(word.Replace("'", "", StringComparison.Ordinal));

    private static string[] CueWords(string cue) =>
        [.. cue.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(k => k.Length > 0)];

    private static NameLexicon Load()
    {
        using var stream = typeof(NameLexicon).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections[line[1..^1]] = current;
            }
            else
            {
                current?.Add(line);
            }
        }

        return new NameLexicon(sections);
    }
}

internal enum CueStrength
{
    None,
    Weak,
    Intro,
    Family,
    Title,
    Strong,
}

/// <param name="NeedsColon">Written "navn:" in the lexicon: a cue only with a colon after it ("Navn: Lis", not "navn på bogen").</param>
internal sealed record Cue(string[] Words, CueStrength Strength, bool NeedsColon);
