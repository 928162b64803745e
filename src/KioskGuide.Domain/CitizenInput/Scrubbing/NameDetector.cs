namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// Person names, from the lexicon (<see cref="NameLexicon"/>) and context cues, over words rather than patterns.
/// </summary>
/// <remarks>
/// <para>A name starts at a word that is:</para>
/// <list type="bullet">
/// <item>any word but an ordinary one after a strong cue ("jeg hedder", "mit navn er", "my name is", "мене
/// звати", "اسمي") — "jeg hedder zoya" loses "zoya";</item>
/// <item>a capitalised word or a known name after a title ("Fru", "Hr.", "Mrs", "пані", "السيد");</item>
/// <item>a capitalised word or a known name right after a relative or neighbour ("min datter", "my son",
/// "моя донька", "ابني");</item>
/// <item>a known first name (or a capitalised surname or ambiguous name) after a weak cue ("kontakt", "spørg
/// efter", "hilsen", "ask for", "з повагою");</item>
/// <item>anywhere: a known first name that is not also an ordinary word, in any case (the kiosk's keyboard types
/// lower case only), or any known name followed by a surname ("per jensen"), or initials before a surname
/// ("K. Jensen"), or a surname after "familien".</item>
/// </list>
/// <para>It then takes in up to three more words that are surnames, first names, initials or capitalised words
/// that are not ordinary ones, so "Karen Marie Kowalczyk" goes whole. A name right before a place word ("Karen
/// Blixen Museet", "Nikolaj Kirke", "H.C. Andersens Boulevard") or after "Sankt"/"Kong"/"Dronning" is a place or a
/// public figure and stays. In text written all in capitals, capitals mean nothing and only the lexicon counts.</para>
/// </remarks>
internal static class NameDetector
{
    // Months that are also names: a weak cue never makes them one ("fra Maj", "and May").
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal) { "maj", "mai", "may", "june", "august", "april", "jan" };

    private readonly record struct Word(int Start, int End, string Text, string Key)
    {
        public bool Capitalised => char.IsUpper(Text[0]);
        public bool Arabic => Text[0] is >= '\u0600' and <= '\u06FF';
        public bool Initial => Text.Length == 1 && char.IsUpper(Text[0]);
    }

    public static void Find(string view, List<PiiSpan> spans)
    {
        var lexicon = NameLexicon.Instance;
        var words = Words(view);
        if (words.Count == 0)
        {
            return;
        }

        bool shouting = Shouting(view);
        int i = 0;
        while (i < words.Count)
        {
            var cue = CueBefore(view, words, i, lexicon);
            if (!StartsName(view, words, i, cue, shouting, lexicon) || AfterNotBefore(view, words, i, lexicon))
            {
                i++;
                continue;
            }

            int end = Extend(view, words, i, shouting, lexicon);
            if (BeforePlaceWord(view, words, i, end, shouting, lexicon))
            {
                i = end + 1;
                continue;
            }

            spans.Add(new PiiSpan(words[i].Start, words[end].End - words[i].Start + (words[end].Initial && Next(view, words[end].End) == '.' ? 1 : 0), PiiKinds.Name));
            i = end + 1;
        }
    }

    private static bool StartsName(string view, List<Word> words, int i, CueStrength cue, bool shouting, NameLexicon lexicon)
    {
        var word = words[i];
        string key = word.Key;
        bool capitalised = !shouting && word.Capitalised && !SentenceStart(view, word.Start);
        bool capital = !shouting && word.Capitalised;
        bool common = lexicon.Common.Contains(key) || Months.Contains(key) && cue < CueStrength.Title;
        bool ambiguous = IsAmbiguous(key, lexicon);
        bool first = IsIn(key, lexicon.First) && !ambiguous;
        bool surname = IsIn(key, lexicon.Surnames) && !ambiguous;
        bool followedBySurname = i + 1 < words.Count && Adjacent(view, words[i], words[i + 1])
            && (IsSurname(words[i + 1], lexicon, requireCapital: true) || IsIn(words[i + 1].Key, lexicon.Surnames));

        if (word.Initial)
        {
            // "K. Jensen", "H.C. Andersen": initials, then a capitalised surname.
            int j = i;
            while (j < words.Count && words[j].Initial && Next(view, words[j].End) == '.')
            {
                j++;
            }

            // "H.C. Andersen" is the poet, and the festival, the street and the school named after him.
            bool poet = j - i == 2 && words[i].Text == "H" && words[i + 1].Text == "C" && j < words.Count && words[j].Key.StartsWith("andersen", StringComparison.Ordinal);
            return !poet && (!shouting && j > i && j < words.Count && j - i <= 3 && IsIn(words[j].Key, lexicon.Surnames) && words[j].Capitalised
                || cue == CueStrength.Title);
        }

        switch (cue)
        {
            case CueStrength.Strong:
                return !common;
            case CueStrength.Title:
                return !common && (capital || first || surname || ambiguous && IsIn(key, lexicon.Surnames) || word.Arabic);
            case CueStrength.Family:
                return !common && (capital || first || word.Arabic && IsIn(key, lexicon.Ambiguous));
            case CueStrength.Intro:
                // "Jeg er Bodil", "I'm Fiona", "Hilsen Inger": a capital mid-sentence after an introduction is a name.
                if (!common && (capitalised && !lexicon.PlaceAfter.Contains(key) && !word.Arabic || ambiguous && capital && !Months.Contains(key)))
                {
                    return true;
                }

                goto case CueStrength.Weak;
            case CueStrength.Weak:
                if (first || followedBySurname && IsIn(key, lexicon.First) || capital && !common && (surname || ambiguous && !Months.Contains(key)))
                {
                    return true;
                }

                break;
        }

        if (common)
        {
            return false;
        }

        if (first || (IsIn(key, lexicon.First) || ambiguous && capitalised) && followedBySurname)
        {
            return true;
        }

        // "med Lone og Ulla", "spørg Hans": a name that is a lower-case word, capitalised mid-sentence, after a word.
        if (capitalised && ambiguous && IsIn(key, lexicon.First) && !lexicon.WordNames.Contains(key) && i > 0 && !char.IsAsciiDigit(PreviousNonSpace(view, word.Start)))
        {
            return true;
        }

        // "familien Jensen", "the Hansen family" is covered by the surname after a first name; a family name alone
        // after "familien"/"family"/"родина"/"عائلة" is one household.
        return (surname || capital && IsSurname(word, lexicon, requireCapital: true)) && i > 0 && Adjacent(view, words[i - 1], word)
            && words[i - 1].Key is "familien" or "family" or "родина" or "сім'я" or "عائلة" or "familie";
    }

    private static int Extend(string view, List<Word> words, int i, bool shouting, NameLexicon lexicon)
    {
        int end = i;
        while (end + 1 < words.Count && end - i < 3)
        {
            var previous = words[end];
            var next = words[end + 1];
            bool joined = Adjacent(view, previous, next) || previous.Initial && Next(view, previous.End) == '.' && next.Start - previous.End <= 2;
            if (!joined)
            {
                break;
            }

            string key = next.Key;
            // A possessive ends a name: "Karens Bageri" is a shop, looked at by BeforePlaceWord.
            if (IsPossessive(previous.Key, lexicon))
            {
                break;
            }

            bool part = IsIn(key, lexicon.Surnames) || IsIn(key, lexicon.First) || IsSurname(next, lexicon, requireCapital: false)
                || next.Initial && Next(view, next.End) == '.'
                || !shouting && next.Capitalised && !lexicon.Common.Contains(key) && !SentenceStart(view, next.Start) && !lexicon.PlaceAfter.Contains(key) && !next.Arabic
                || next.Arabic && previous.Arabic && (key.StartsWith("ال", StringComparison.Ordinal) || previous.Key is "عبد" or "بن" or "ابن" or "ابو" or "أبو" || IsIn(key, lexicon.Ambiguous) || key is "بن" or "ابن" or "ابو" or "أبو");
            // A lower-case word-name stops a name ("karen bo alene"), unless it is a first name after a first name
            // ("hans christian").
            bool secondFirstName = IsIn(key, lexicon.First) && IsIn(previous.Key, lexicon.First);
            if (!part || IsIn(key, lexicon.Ambiguous) && !next.Arabic && !(next.Capitalised && !shouting) && !IsIn(key, lexicon.Surnames) && !secondFirstName)
            {
                break;
            }

            if (lexicon.Common.Contains(key) || lexicon.PlaceAfter.Contains(key))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>"Karen Blixen Museet", "Nikolaj Kirke", "Jensens Bøfhus", "H.C. Andersens Boulevard": a place.</summary>
    private static bool BeforePlaceWord(string view, List<Word> words, int start, int end, bool shouting, NameLexicon lexicon)
    {
        if (end + 1 >= words.Count || !Adjacent(view, words[end], words[end + 1]))
        {
            return false;
        }

        var next = words[end + 1];
        if (lexicon.PlaceAfter.Contains(next.Key) || EndsWithPlaceWord(next.Key, lexicon))
        {
            return true;
        }

        // A possessive name before a capitalised noun names a business or a place ("Karens Café", "Jensens Bøfhus").
        return !shouting && IsPossessive(words[end].Key, lexicon) && next.Capitalised && !SentenceStart(view, next.Start)
            && !IsIn(next.Key, lexicon.First) && !IsIn(next.Key, lexicon.Surnames);
    }

    private static bool IsPossessive(string key, NameLexicon lexicon) =>
        key.Length > 3 && key[^1] == 's' && !lexicon.First.Contains(key) && !lexicon.Surnames.Contains(key)
        && (lexicon.First.Contains(key[..^1]) || lexicon.Surnames.Contains(key[..^1]));

    private static bool EndsWithPlaceWord(string key, NameLexicon lexicon) =>
        key.Length > 6 && (key.EndsWith("skolen", StringComparison.Ordinal) || key.EndsWith("museet", StringComparison.Ordinal)
            || key.EndsWith("kirke", StringComparison.Ordinal) || key.EndsWith("centret", StringComparison.Ordinal)
            || key.EndsWith("huset", StringComparison.Ordinal) || key.EndsWith("hallen", StringComparison.Ordinal))
        && !lexicon.First.Contains(key);

    private static bool AfterNotBefore(string view, List<Word> words, int i, NameLexicon lexicon)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = words[i - 1];
        if (!lexicon.NotBefore.Contains(previous.Key) || words[i].Start - previous.End > 2)
        {
            return false;
        }

        return true;
    }

    private static bool IsAmbiguous(string key, NameLexicon lexicon) => lexicon.Ambiguous.Contains(key) || Months.Contains(key);

    /// <summary>In the set as it is, as its hyphen parts ("anne marie"), or without a possessive "s" ("Karens").</summary>
    private static bool IsIn(string key, HashSet<string> set)
    {
        if (set.Contains(key))
        {
            return true;
        }

        if (key.Contains(' ', StringComparison.Ordinal))
        {
            var parts = key.Split(' ');
            return parts.All(set.Contains) || parts.Length == 2 && parts[0] is "al" or "el" && set.Contains(parts[1]);
        }

        return key.Length > 3 && key[^1] == 's' && set.Contains(key[..^1]);
    }

    /// <summary>A surname by its form: Danish "-sen", Polish "-ski"/"-wicz", Ukrainian "-enko"/"-chuk", Balkan "-ić"…</summary>
    private static bool IsSurname(Word word, NameLexicon lexicon, bool requireCapital)
    {
        string key = word.Key;
        if (key.Length < 5 || lexicon.Common.Contains(key) || requireCapital && !word.Capitalised)
        {
            return false;
        }

        string[] endings = ["sen", "ssen", "son", "sson", "ski", "ska", "cki", "cka", "wicz", "czyk", "enko", "chuk", "chyk", "yuk", "ovic", "evic",
            "oglu", "zadeh", "енко", "чук", "щук", "юк", "ський", "цький", "ська", "цька", "ович", "івна", "ївна"];
        return endings.Any(e => key.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The strongest cue whose last word is right before word <paramref name="i"/> (only spaces, a comma, a colon or a dash between).</summary>
    private static CueStrength CueBefore(string view, List<Word> words, int i, NameLexicon lexicon)
    {
        if (i == 0)
        {
            return CueStrength.None;
        }

        string between = view[words[i - 1].End..words[i].Start];
        if (between.Length > 3 || between.Any(c => c is not (' ' or ',' or ':' or '-' or '.')))
        {
            return CueStrength.None;
        }

        // A full stop ends the cue's sentence ("min søn. Bagefter…"), except after a title's abbreviation ("Dr. Hansen").
        bool dot = between.Contains('.', StringComparison.Ordinal);
        bool colon = between.Contains(':', StringComparison.Ordinal);

        var best = CueStrength.None;
        foreach (var cue in lexicon.Cues)
        {
            int n = cue.Words.Length;
            if (n > i || cue.Strength <= best || dot && cue.Strength != CueStrength.Title || cue.NeedsColon && !colon)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < n && match; k++)
            {
                var word = words[i - n + k];
                match = word.Key == cue.Words[k] && (k == 0 || Adjacent(view, words[i - n + k - 1], word));
            }

            // "Dr" and "Mr" are titles; "DR" (the broadcaster) is not.
            if (match && cue.Strength == CueStrength.Title && words[i - 1].Text.Length <= 3 && words[i - 1].Text.All(char.IsUpper) && words[i - 1].Text.Length > 1)
            {
                match = false;
            }

            if (match)
            {
                best = cue.Strength;
            }
        }

        return best;
    }

    private static bool Adjacent(string view, Word a, Word b)
    {
        int gap = b.Start - a.End;
        return gap == 1 && view[a.End] is ' ' or '-' || gap == 0;
    }

    private static char PreviousNonSpace(string view, int index)
    {
        int i = index - 1;
        while (i >= 0 && view[i] == ' ')
        {
            i--;
        }

        return i >= 0 ? view[i] : '\0';
    }

    private static char Next(string view, int index) => index < view.Length ? view[index] : '\0';

    private static bool SentenceStart(string view, int start)
    {
        int i = start - 1;
        while (i >= 0 && view[i] is ' ' or '"' or '\'' or '(' or '«' or '»' or '“' or '„')
        {
            i--;
        }

        return i < 0 || view[i] is '.' or '!' or '?' or '\n' or ':' or ';' or '-' or '…';
    }

    private static bool Shouting(string view)
    {
        int upper = 0, letters = 0;
        foreach (char c in view)
        {
            if (char.IsLetter(c) && (char.IsUpper(c) || char.IsLower(c)))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 8 && upper * 10 > letters * 6;
    }

    /// <summary>Words: runs of letters (and marks) with an inner hyphen or apostrophe ("Anne-Marie", "O'Brien", "ім'я").</summary>
    private static List<Word> Words(string view)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < view.Length)
        {
            if (!char.IsLetter(view[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < view.Length && (char.IsLetter(view[i]) || char.GetUnicodeCategory(view[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                || view[i] is '-' or '\'' && i + 1 < view.Length && char.IsLetter(view[i + 1]) && i > start))
            {
                i++;
            }

            string text = view[start..i];
            string key = NameLexicon.Key(text);
            if (key.Length > 0)
            {
                words.Add(new Word(start, i, text, key));
            }
        }

        return words;
    }
}
