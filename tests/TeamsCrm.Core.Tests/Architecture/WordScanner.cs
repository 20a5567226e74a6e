namespace TeamsCrm.Core.Tests.Architecture;

/// <summary>
/// Finds forbidden words in source text: in identifiers (split at their capitals: ShowAccountCard is Show, Account,
/// Card), strings and comments alike. Allowed phrases (the product name TeamsCrm, protocol type names that merely
/// contain a forbidden word) are blanked out before the text is split into words.
/// </summary>
internal sealed partial class WordScanner(IReadOnlySet<string> forbiddenWords, IReadOnlyList<string> allowedPhrases)
{
    /// <summary>Every forbidden word of <paramref name="line"/>, as written.</summary>
    public IReadOnlyList<string> ForbiddenIn(string line)
    {
        var text = allowedPhrases.Aggregate(line, (current, phrase) => current.Replace(phrase, " ", StringComparison.Ordinal));
        return Letters().Matches(text)
            .SelectMany(run => WordsOf().Matches(run.Value))
            .Select(word => word.Value)
            .Where(word => forbiddenWords.Contains(word.ToLowerInvariant()))
            .ToArray();
    }

    /// <summary>"file:line: words" for every line of <paramref name="files"/> with a forbidden word.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<string> files) =>
        files.SelectMany(file => File.ReadLines(file).Select((line, index) => (line, number: index + 1))
                .Select(l => (l.number, words: ForbiddenIn(l.line)))
                .Where(l => l.words.Count > 0)
                .Select(l => $"{SourceTree.Relative(file)}:{l.number}: {string.Join(", ", l.words)}"))
            .ToArray();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Letters();

    // An upper-case run not followed by a lower-case letter (CRM, ID), or an optional capital and lower-case letters.
    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+")]
    private static partial Regex WordsOf();
}
