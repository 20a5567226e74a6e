using TeamsCrm.Core.Comments;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    private static JsonObject Actions(CustomerCard card, CardText text, CustomerCardOptions options)
    {
        var accountId = card.Account.Id;
        var actions = new List<JsonNode>();
        if (card.Permissions.CanAddInternalComment || card.Permissions.CanAddSharedComment)
        {
            actions.Add(AdaptiveActions.ShowCard(text["Customer.Action.Comment"], CommentForm(card, text)));
        }

        var handable = card.OpenDeals.Where(d => d.CanHandOff).Take(HandoffDealLimit).ToArray();
        var candidates = Candidates(card, options);
        if (handable.Length > 0 && (!card.IsRedacted || candidates.Count > 0))
        {
            actions.Add(AdaptiveActions.ShowCard(text["Customer.Action.HandOff"], HandoffForm(accountId, handable, text, options with { HandoffCandidates = candidates })));
        }

        if (card.Permissions.CanLogInteraction)
        {
            actions.Add(AdaptiveActions.ShowCard(text["Customer.Action.LogInteraction"], InteractionForm(accountId, text)));
        }

        if (options.AccountTabUrl is { } tab)
        {
            actions.Add(AdaptiveActions.OpenUrl(text["Customer.Action.OpenTab"], tab));
        }

        actions.Add(AdaptiveActions.Execute(text["Customer.Action.Refresh"], CardVerbs.Refresh, AccountData(accountId)));
        var set = AdaptiveElements.ActionSet(actions);
        set["separator"] = true;
        set["spacing"] = "Medium";
        return set;
    }

    /// <summary>
    /// Whom the handoff picker offers. A partner (redacted view) hands a deal only back to a member who handed them one
    /// (Core's GuestHandBack rule): only such givers are kept, and with none the card has no handoff form at all.
    /// </summary>
    private static IReadOnlyList<PersonRef> Candidates(CustomerCard card, CustomerCardOptions options)
    {
        var offered = options.HandoffCandidates ?? [];
        if (!card.IsRedacted)
        {
            return offered;
        }

        var givers = card.HandBackRecipients.Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
        return [.. offered.Where(p => givers.Contains(p.UserId))];
    }

    /// <summary>The create dialogs, in a second row so the first stays within Teams' action limit.</summary>
    private static IEnumerable<JsonNode> CreateActions(CustomerCard card, CardText text)
    {
        var actions = new List<JsonNode>();
        if (card.Permissions.CanCreateDeal)
        {
            actions.Add(DialogCardBuilder.OpenDialogAction(text["Customer.Action.NewLead"], DialogKind.Lead, card.Account.Id));
        }

        if (card.Permissions.CanManageContacts)
        {
            actions.Add(DialogCardBuilder.OpenDialogAction(text["Customer.Action.NewContact"], DialogKind.Contact, card.Account.Id));
        }

        if (actions.Count > 0)
        {
            yield return AdaptiveElements.ActionSet(actions);
        }
    }

    private static JsonObject CommentForm(CustomerCard card, CardText text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveElements.InputText(CardFields.CommentText, text["Comment.Input.Label"], text["Comment.Input.Placeholder"], multiline: true,
                maxLength: FieldLimits.CommentText, requiredMessage: text["Comment.Input.Required"]),
        };
        var data = AccountData(card.Account.Id);
        if (card.Permissions.CanAddInternalComment && card.Permissions.CanAddSharedComment)
        {
            body.Add(AdaptiveElements.Choice(CardFields.CommentVisibility, text["Comment.Visibility.Label"],
            [
                (text["Comment.Visibility.Internal"], nameof(CommentVisibility.Internal)),
                (text["Comment.Visibility.Shared"], nameof(CommentVisibility.Shared)),
            ], value: nameof(CommentVisibility.Internal), style: "expanded"));
        }
        else
        {
            // Only one choice: state it and send it in the data (a partner's comment is always shared).
            var only = card.Permissions.CanAddInternalComment ? CommentVisibility.Internal : CommentVisibility.Shared;
            data[CardFields.CommentVisibility] = only.ToString();
            body.Add(AdaptiveElements.Text(text[only == CommentVisibility.Shared ? "Comment.Visibility.SharedOnly" : "Comment.Visibility.InternalOnly"], subtle: true, size: "Small"));
        }

        return AdaptiveElements.SubCard(body, [AdaptiveActions.Execute(text["Comment.Action.Save"], CardVerbs.AddComment, data)]);
    }

    private static JsonObject HandoffForm(string accountId, DealView[] deals, CardText text, CustomerCardOptions options)
    {
        var body = new List<JsonNode>
        {
            AdaptiveElements.Choice(CardFields.HandoffDealId, text["Handoff.Input.Deal"], deals.Select(d => (CardFormat.Clip(d.Title, ChoiceTitleLimit), d.Id)),
                value: deals.Length == 1 ? deals[0].Id : null, requiredMessage: text["Handoff.Input.DealRequired"]),
        };
        var candidates = options.HandoffCandidates ?? [];
        body.Add(candidates.Count > 0
            ? AdaptiveElements.Choice(CardFields.HandoffRecipientId, text["Handoff.Input.Recipient"], candidates.Select(p => (p.DisplayName, p.UserId)),
                style: "filtered", requiredMessage: text["Handoff.Input.RecipientRequired"], placeholder: text["Handoff.Input.RecipientPlaceholder"])
            : AdaptiveElements.InputText(CardFields.HandoffRecipientName, text["Handoff.Input.Recipient"], text["Handoff.Input.RecipientPlaceholder"],
                maxLength: FieldLimits.PersonName, requiredMessage: text["Handoff.Input.RecipientRequired"]));
        body.Add(AdaptiveElements.InputText(CardFields.HandoffNote, text["Handoff.Input.Note"], text["Handoff.Input.NotePlaceholder"], multiline: true, maxLength: FieldLimits.Note));
        body.Add(AdaptiveElements.InputDate(CardFields.HandoffDueDate, text["Handoff.Input.Due"], min: options.Today));

        var versions = new JsonObject();
        foreach (var deal in deals)
        {
            versions[deal.Id] = deal.Version ?? string.Empty;
        }

        var data = AccountData(accountId);
        data[CardFields.DealVersions] = versions;
        return AdaptiveElements.SubCard(body, [AdaptiveActions.Execute(text["Handoff.Action.Send"], CardVerbs.StartHandoff, data)]);
    }

    private static JsonObject InteractionForm(string accountId, CardText text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveElements.Choice(CardFields.InteractionChannel, text["Interaction.Input.Channel"],
                System.Enum.GetValues<InteractionChannel>().Select(c => (text.Enum(c), c.ToString())), value: nameof(InteractionChannel.Phone)),
            AdaptiveElements.Choice(CardFields.InteractionDirection, text["Interaction.Input.Direction"],
                System.Enum.GetValues<InteractionDirection>().Select(d => (text.Enum(d), d.ToString())), value: nameof(InteractionDirection.Outbound), style: "expanded"),
            AdaptiveElements.InputText(CardFields.InteractionSummary, text["Interaction.Input.Summary"], text["Interaction.Input.SummaryPlaceholder"], multiline: true,
                maxLength: FieldLimits.Summary, requiredMessage: text["Interaction.Input.SummaryRequired"]),
        };
        return AdaptiveElements.SubCard(body, [AdaptiveActions.Execute(text["Interaction.Action.Save"], CardVerbs.LogInteraction, AccountData(accountId))]);
    }
}
