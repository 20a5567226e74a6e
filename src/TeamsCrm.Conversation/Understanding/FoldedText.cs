namespace TeamsCrm.Conversation.Understanding;

/// <summary>A piece of the user's text together with its <see cref="MatchText"/> fold (same length).</summary>
internal readonly record struct FoldedText(string Original, string Folded)
{
    public static FoldedText Of(string text) => new(text, MatchText.Fold(text));

    public bool IsEmpty => Original.Length == 0;

    public FoldedText Slice(int index, int length) => new(Original.Substring(index, length), Folded.Substring(index, length));

    /// <summary>Removes every match of <paramref name="pattern"/> (found in the fold) and tidies the spaces.</summary>
    public FoldedText Remove(Regex pattern)
    {
        var matches = pattern.Matches(Folded);
        if (matches.Count == 0)
        {
            return this;
        }

        var original = new StringBuilder(Original.Length);
        var folded = new StringBuilder(Folded.Length);
        var at = 0;
        foreach (Match match in matches)
        {
            original.Append(Original, at, match.Index - at).Append(' ');
            folded.Append(Folded, at, match.Index - at).Append(' ');
            at = match.Index + match.Length;
        }

        original.Append(Original, at, Original.Length - at);
        folded.Append(Folded, at, Folded.Length - at);
        return Tidy(original.ToString(), folded.ToString());
    }

    private static FoldedText Tidy(string original, string folded)
    {
        var o = new StringBuilder(original.Length);
        var f = new StringBuilder(folded.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var isSpace = original[i] == ' ';
            if (isSpace && (o.Length == 0 || o[^1] == ' '))
            {
                continue;
            }

            o.Append(original[i]);
            f.Append(folded[i]);
        }

        while (o.Length > 0 && o[^1] == ' ')
        {
            o.Length--;
            f.Length--;
        }

        return new FoldedText(o.ToString(), f.ToString());
    }
}
