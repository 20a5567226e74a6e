namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The form the rules match against: lower case, one character for each character of the input
/// (ä → a, ö → o, ü → u, ß → s, accents dropped, typographic apostrophes → '), so a match's
/// index and length address the user's original words. Patterns are written with umlauts and ß;
/// <see cref="Compile"/> lets "ü" match "ü", "u" and "ue" and "ß" match "ß" and "ss".
/// </summary>
internal static class MatchText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });

    public static Regex Compile(string pattern) =>
        new(Expand(pattern), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    private static string Expand(string pattern) => pattern
        .Replace("ä", "ae?", StringComparison.Ordinal)
        .Replace("ö", "oe?", StringComparison.Ordinal)
        .Replace("ü", "ue?", StringComparison.Ordinal)
        .Replace("ß", "ss?", StringComparison.Ordinal);

    private static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ä': return 'a';
            case 'ö': return 'o';
            case 'ü': return 'u';
            case 'ß': return 's';
            case '\u2019' or '\u2018' or '`' or '\u00b4': return '\'';
            case '\u2013' or '\u2014': return '-';
        }

        if (lower < 128 || char.IsSurrogate(lower))
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] < 128 ? decomposed[0] : lower;
    }
}
