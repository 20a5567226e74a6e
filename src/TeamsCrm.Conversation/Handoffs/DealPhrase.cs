using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>How well a deal phrase ("the Contoso renewal", "Fabrikam Rollout") names a deal.</summary>
internal static class DealPhrase
{
    public static double Score(string phrase, string accountName, string dealTitle)
    {
        var score = Math.Max(NameSimilarity.Score(phrase, $"{accountName} {dealTitle}"), NameSimilarity.Score(phrase, dealTitle));
        var words = NameFolding.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var target = NameFolding.Fold($"{accountName} {dealTitle}").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words.All(w => target.Any(t => t.StartsWith(w, StringComparison.Ordinal))))
        {
            score = Math.Max(score, 0.85 + (0.1 * words.Length / Math.Max(words.Length, target.Length)));
        }

        return score;
    }
}
