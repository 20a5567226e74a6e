using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>Finds the Teams mention a name refers to: "Megan", "@Megan" and "Megan Bowen" all find "&lt;at&gt;Megan Bowen&lt;/at&gt;".</summary>
internal static class MentionMatcher
{
    private static readonly Regex Tags = new("</?at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public static Mention? Find(IReadOnlyList<Mention> mentions, string? name)
    {
        var wanted = NameFolding.Fold(Utf16.Valid(name));
        if (wanted.Length == 0)
        {
            return null;
        }

        Mention? byPrefix = null;
        foreach (var mention in mentions)
        {
            var folded = NameFolding.Fold(Tags.Replace(Utf16.Valid(mention?.Text), string.Empty));
            if (folded == wanted)
            {
                return mention!;
            }

            if (byPrefix is null && folded.StartsWith(wanted + " ", StringComparison.Ordinal))
            {
                byPrefix = mention;
            }
        }

        return byPrefix;
    }
}
