using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>
/// A comment's text cut into plain pieces and "@Name" pieces of the people it mentions, so mentions can be shown as
/// such. Only cutting: every piece is rendered as text, never as markup.
/// </summary>
public static class MentionSegments
{
    public static IReadOnlyList<(string Text, bool IsMention)> Split(string text, IReadOnlyList<PersonRef> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var names = mentions.Select(m => "@" + m.DisplayName).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToArray();
        var pieces = new List<(string, bool)>();
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            var name = text[index] == '@' ? names.FirstOrDefault(n => string.CompareOrdinal(text, index, n, 0, n.Length) == 0) : null;
            if (name is null)
            {
                index++;
                continue;
            }

            if (index > start)
            {
                pieces.Add((text[start..index], false));
            }

            pieces.Add((name, true));
            index += name.Length;
            start = index;
        }

        if (start < text.Length)
        {
            pieces.Add((text[start..], false));
        }

        return pieces;
    }
}
