using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The "Save to CRM" dialog (the message action's task module): the message's text (editable), who wrote it and when,
/// the account (typed, or chosen among the matches after an unclear name), and what to save it as — an internal or
/// shared comment, an interaction (Teams chat, with its direction) or a new lead. A guest can only save a shared
/// comment, so the form offers nothing else. Two switches: the comment on one of the account's deals (the form then
/// asks which) and the record's card posted into the conversation afterwards. Submits with <see cref="SaveFields.Verb"/>.
/// </summary>
public static class SaveMessageCardBuilder
{
    public static string Title(CardContext context) => new CardText(context)["Save.Title"];

    public static JsonObject Build(CardContext context, SaveDraft draft, bool member, SaveChoices? choices = null, CrmError? error = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Title(text["Save.Title"]) };
        if (error is not null)
        {
            body.Add(AdaptiveElements.Container(
                CrmMessages.Describe(error, text.Culture).Split(Environment.NewLine).Select(line => (JsonNode)AdaptiveElements.Text(line, color: "Attention", spacing: "None")),
                style: "attention"));
        }

        if (!string.IsNullOrWhiteSpace(draft.Author))
        {
            body.Add(AdaptiveElements.Text(text.Format("Save.From", draft.Author), subtle: true, spacing: "None"));
        }

        if (draft.FullLength is { } full)
        {
            body.Add(AdaptiveElements.Text(text.Format("Save.Shortened", full, MessageText.Limit), color: "Attention"));
        }

        var data = AdaptiveActions.Data((SaveFields.Author, draft.Author), (SaveFields.SentAt, draft.SentAt), (SaveFields.Link, draft.Link));
        body.AddRange(AccountPart(text, draft, choices, data));
        if (member)
        {
            body.Add(AdaptiveElements.Choice(SaveFields.Kind, text["Save.Kind"], System.Enum.GetValues<SaveKind>().Select(k => (text.Enum(k), k.ToString())), value: draft.Kind.ToString(), style: "expanded"));
            body.Add(AdaptiveElements.Choice(SaveFields.Direction, text["Save.Direction"],
                System.Enum.GetValues<InteractionDirection>().Select(d => (text.Enum(d), d.ToString())), value: draft.Direction.ToString()));
            body.Add(AdaptiveElements.InputText(SaveFields.LeadTitle, text["Save.LeadTitle"], maxLength: FieldLimits.Name, value: draft.LeadTitle));
        }
        else
        {
            body.Add(AdaptiveElements.Text(text["Save.GuestShared"], subtle: true));
            data[SaveFields.Kind] = nameof(SaveKind.SharedComment);
        }

        body.Add(AdaptiveElements.Toggle(SaveFields.OnDeal, text["Save.OnDeal"], draft.OnDeal));
        body.Add(AdaptiveElements.InputText(SaveFields.Text, text["Save.Text"], multiline: true, maxLength: FieldLimits.CommentText, requiredMessage: text["Dialog.Required"], value: draft.Text));
        body.Add(AdaptiveElements.Toggle(SaveFields.Post, text["Save.Post"], draft.Post));
        body.Add(AdaptiveElements.ActionSet([AdaptiveActions.Submit(text["Dialog.Save"], SaveFields.Verb, data)]));
        return CardDocument.Create(body, text);
    }

    /// <summary>
    /// The account: decided (its name; the submit carries its id) with its deals to choose from, or typed — after an
    /// unclear name, the matches to choose from first.
    /// </summary>
    private static IEnumerable<JsonNode> AccountPart(CardText text, SaveDraft draft, SaveChoices? choices, JsonObject data)
    {
        if (draft.AccountId is { } accountId && choices?.Deals is { } deals)
        {
            data[SaveFields.AccountId] = accountId;
            data[SaveFields.AccountName] = draft.AccountName;
            yield return AdaptiveElements.Text(text.Format("Save.AccountChosen", draft.AccountName ?? string.Empty), weight: "Bolder");
            if (choices.Note is { } note)
            {
                yield return AdaptiveElements.Text(note, color: "Attention");
            }

            if (deals.Count > 0)
            {
                yield return AdaptiveElements.Choice(SaveFields.DealId, text["Save.Deal"], deals, value: deals[0].Id, requiredMessage: text["Dialog.Required"]);
            }

            yield break;
        }

        var accounts = choices?.Accounts;
        if (accounts is { Count: > 0 })
        {
            yield return AdaptiveElements.Choice(SaveFields.AccountId, text["Save.Account"], accounts.Select(a => (a.Name, a.AccountId)), style: "filtered");
        }

        yield return AdaptiveElements.InputText(SaveFields.AccountName, text[accounts is { Count: > 0 } ? "Save.AccountOther" : "Save.Account"], maxLength: FieldLimits.Name, value: draft.AccountName);
    }
}
