using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// How well an account phrase fits an account name, on folded significant words (see
/// <see cref="NameFolding"/>): 1 for the same significant name, about 0.9 when the name starts with
/// the phrase, otherwise the better of whole-name and word-by-word Damerau–Levenshtein similarity
/// (umlauts typed as plain vowels count as the same letter). A legal form the user typed nudges the
/// score up for names that have it and down for names with another one.
/// </summary>
public static class NameSimilarity
{
    private const int MaxLength = 64;

    public static double Score(string? phrase, string? candidateName)
    {
        phrase = Utf16.Valid(phrase);
        candidateName = Utf16.Valid(candidateName);
        var words = NameFolding.SignificantWords(phrase);
        var names = NameFolding.SignificantWords(candidateName);
        if (words.Count == 0 || names.Count == 0)
        {
            return 0;
        }

        var p = string.Join(' ', words);
        var c = string.Join(' ', names);
        var score = p == c ? 1.0
            : p.Length >= 3 && c.StartsWith(p, StringComparison.Ordinal) ? 0.88 + (0.1 * p.Length / c.Length)
            : Math.Max(Similarity(p, c), WordScore(words, names));
        return score + LegalFormNudge(phrase, candidateName, words, names);
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions); inputs capped at 64 characters.</summary>
    public static int Distance(string a, string b)
    {
        a = a.Length > MaxLength ? a[..MaxLength] : a;
        b = b.Length > MaxLength ? b[..MaxLength] : b;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static double WordScore(IReadOnlyList<string> words, IReadOnlyList<string> names)
    {
        var total = 0.0;
        var used = new HashSet<int>();
        foreach (var word in words)
        {
            var (best, at) = (0.0, -1);
            for (var i = 0; i < names.Count; i++)
            {
                var s = WordSimilarity(word, names[i]);
                (best, at) = s > best ? (s, i) : (best, at);
            }

            total += best;
            if (best >= 0.7)
            {
                used.Add(at);
            }
        }

        var coverage = (double)used.Count / names.Count;
        return total / words.Count * (0.85 + (0.15 * coverage));
    }

    private static double WordSimilarity(string word, string name)
    {
        if (word == name)
        {
            return 1;
        }

        if (word.Length >= 3 && name.StartsWith(word, StringComparison.Ordinal))
        {
            return 0.9;
        }

        return Math.Max(Similarity(word, name), Similarity(Plain(word), Plain(name)));
    }

    private static double Similarity(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0 : 1 - ((double)Distance(a, b) / Math.Max(Math.Min(a.Length, MaxLength), Math.Min(b.Length, MaxLength)));

    private static string Plain(string folded) => folded
        .Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
        .Replace("ue", "u", StringComparison.Ordinal).Replace("ss", "s", StringComparison.Ordinal);

    private static double LegalFormNudge(string? phrase, string? candidateName, IReadOnlyList<string> words, IReadOnlyList<string> names)
    {
        var typed = NameFolding.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(words, StringComparer.Ordinal).ToArray();
        if (typed.Length == 0)
        {
            return 0;
        }

        var has = NameFolding.Fold(candidateName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(names, StringComparer.Ordinal).ToArray();
        return typed.All(has.Contains) ? 0.05 : has.Length > 0 ? -0.05 : 0;
    }
}
