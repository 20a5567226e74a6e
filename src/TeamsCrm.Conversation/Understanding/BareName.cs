namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The last resort: a short phrase of name-like words ("Contoso", "fabrikam partners ltd") is taken
/// as "show this account"; anything with question, function or chit-chat words stays Unknown.
/// </summary>
internal static class BareName
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> NotNames = new(
        ("what whats what's who how why when where is are was wie wer wo warum wann ist sind i me you my ich mir du mein meine " +
        "the a an der die das ein eine einen to tell book joke thanks thank danke ok okay yes no ja nein lol cool super great gut " +
        "weather wetter please bitte bye tschuss tschues good morning can do does kannst hast have has will would should in on " +
        "with mit for fur fuer it es this that dies and sorry test hmm nice wow").Split(' '),
        StringComparer.Ordinal);

    public static bool Matches(FoldedText head)
    {
        var words = head.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords
            && head.Folded.Any(char.IsLetter)
            && !words.Any(w => NotNames.Contains(w.Trim('\'', '"', '?', '!', '.')));
    }
}
