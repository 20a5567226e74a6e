namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// One of the concurrent users: a demo member in a channel (even numbers) or in their 1:1 chat with the
/// bot (odd numbers) who clicks card actions one after another, without pause. Card actions other than
/// refresh are taken from the customer card this user last received, with the data the card carries.
/// </summary>
internal sealed class VirtualUser
{
    private static readonly string[] OpenStages = ["New", "Qualified", "Proposal", "Negotiation"];
    private readonly IReadOnlyList<string> _accountIds;
    private readonly Random _random;
    private JsonObject? _customerCard;

    public VirtualUser(int number, IReadOnlyList<string> accountIds)
    {
        _accountIds = accountIds;
        _random = new Random(number);
        Person = DemoPeople.Members[number % DemoPeople.Members.Count];
        var n = number.ToString(CultureInfo.InvariantCulture);
        Conversation = number % 2 == 0
            ? TeamsConversation.Channel($"19:load-channel-{(number / 2 % 10).ToString(CultureInfo.InvariantCulture)}@thread.tacv2", "1764500000" + n.PadLeft(3, '0'))
            : TeamsConversation.Personal("a:load-personal-" + n);
    }

    public DemoPerson Person { get; }

    public TeamsConversation Conversation { get; }

    /// <summary>The next action: the mix's pick, or a refresh when the last card does not offer it (no card yet, no open deal).</summary>
    public CardClick NextClick()
    {
        var verb = ClickMix.Pick(_random);
        if (verb is CardVerbs.ShowMyDeals or CardVerbs.ShowMyTasks)
        {
            // The help card's buttons carry no data.
            return new CardClick(verb, [], CardClick.Manual);
        }

        var offered = _customerCard is null ? [] : ExecuteActions(_customerCard, verb).ToArray();
        if (verb == CardVerbs.ChangeDealStage)
        {
            // Stay among the open stages, so deals never close and the stage buttons stay on the cards.
            offered = [.. offered.Where(data => OpenStages.Contains(data["stage"]?.GetValue<string>()))];
        }

        if (verb == CardVerbs.Refresh || offered.Length == 0)
        {
            var accountId = _accountIds[_random.Next(_accountIds.Count)];
            return new CardClick(CardVerbs.Refresh, new JsonObject { [CardFields.AccountId] = accountId }, CardClick.Automatic);
        }

        var data = offered[_random.Next(offered.Length)];
        return new CardClick(verb, WithInputs(verb, data), CardClick.Manual);
    }

    /// <summary>The card that replaced the clicked one; a conflict answer makes the user look again (next click refreshes).</summary>
    public void Received(CardClick click, InvokeAnswer answer)
    {
        if (answer.Kind == AnswerKind.CustomerCard)
        {
            _customerCard = answer.Card;
        }
        else if (answer.Kind != AnswerKind.OtherCard || click.Verb is not (CardVerbs.ShowMyDeals or CardVerbs.ShowMyTasks))
        {
            _customerCard = null;
        }
    }

    /// <summary>Teams merges the card's inputs into the action's data; these are what a user types or leaves at the default.</summary>
    private JsonObject WithInputs(string verb, JsonObject data)
    {
        var merged = (JsonObject)data.DeepClone();
        var stamp = _random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        switch (verb)
        {
            case CardVerbs.AddComment:
                merged[CardFields.CommentText] = $"Called back about the rollout plan, ref {stamp}.";
                merged[CardFields.CommentVisibility] ??= "Internal";
                break;
            case CardVerbs.LogInteraction:
                merged[CardFields.InteractionChannel] = "Phone";
                merged[CardFields.InteractionDirection] = "Outbound";
                merged[CardFields.InteractionSummary] = $"Discussed the next steps, ref {stamp}.";
                break;
        }

        return merged;
    }

    /// <summary>The data of every Action.Execute with this verb anywhere in the card (including Action.ShowCard forms).</summary>
    private static IEnumerable<JsonObject> ExecuteActions(JsonNode node, string verb)
    {
        if (node is JsonObject element)
        {
            if (element["type"]?.GetValue<string>() == "Action.Execute" && element["verb"]?.GetValue<string>() == verb && element["data"] is JsonObject data)
            {
                yield return data;
            }

            foreach (var (name, child) in element)
            {
                if (child is not null && name != "fallback")
                {
                    foreach (var found in ExecuteActions(child, verb))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    foreach (var found in ExecuteActions(child, verb))
                    {
                        yield return found;
                    }
                }
            }
        }
    }
}
