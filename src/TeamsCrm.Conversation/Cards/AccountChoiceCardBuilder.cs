using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Cards;

/// <summary>"Which one did you mean?" when several accounts match, and the no-match answer with the closest suggestions.</summary>
public static class AccountChoiceCardBuilder
{
    public const int MaxChoices = 5;

    public static JsonObject BuildChoice(string query, IReadOnlyList<AccountSearchHit> matches, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Text(text.Format("Choice.Intro", Quote(query))) };
        body.AddRange(Hits(matches, text));
        if (matches.Count > MaxChoices)
        {
            body.Add(AdaptiveElements.Text(text.Format("Choice.More", matches.Count - MaxChoices), subtle: true, size: "Small"));
        }

        return CardDocument.Create(body, text);
    }

    /// <param name="query">What the caller typed.</param>
    /// <param name="suggestions">The closest accounts the caller may see.</param>
    /// <param name="context">The caller's language.</param>
    /// <param name="canCreateAccounts">Whether to suggest "new lead": not to a guest, who may not create accounts.</param>
    public static JsonObject BuildNoMatch(string query, IReadOnlyList<AccountSearchHit> suggestions, CardContext context, bool canCreateAccounts = true)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Text(text.Format("NoMatch.Intro", Quote(query)), weight: "Bolder") };
        if (suggestions.Count > 0)
        {
            body.Add(AdaptiveElements.Text(text["NoMatch.Suggestions"]));
            body.AddRange(Hits(suggestions, text));
        }
        else
        {
            body.Add(AdaptiveElements.Text(text[canCreateAccounts ? "NoMatch.NoSuggestions" : "NoMatch.NoSuggestionsNoCreate"]));
        }

        return CardDocument.Create(body, text);
    }

    private static IEnumerable<JsonNode> Hits(IReadOnlyList<AccountSearchHit> hits, CardText text)
    {
        foreach (var hit in hits.Take(MaxChoices))
        {
            var details = string.Join(" · ", new[] { hit.Industry, hit.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var items = new List<JsonNode> { AdaptiveElements.Text(hit.Name, weight: "Bolder") };
            if (details.Length > 0)
            {
                items.Add(AdaptiveElements.Text(details, subtle: true, size: "Small", spacing: "None"));
            }

            items.Add(AdaptiveElements.ActionSet([AdaptiveActions.Execute(text.Format("Choice.Show", hit.Name), CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(hit.AccountId))]));
            yield return AdaptiveElements.Container(items, separator: true);
        }
    }

    private static string Quote(string query) => CardFormat.Clip(query, 100);
}
