using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The customer card in chat, compact: the essentials — name, owner with people and meeting context, status and (for
/// members) segment, the key contact, the open pipeline in one line with its top deals, the last touch, the latest
/// comment, pending handoffs, partners — and the actions people take in chat. The long lists live on the account tab:
/// "N more … on the account tab" and "Open in Teams tab" link to it. It renders exactly the <see cref="CustomerCard"/>
/// read model, which the access policy has already filtered for the viewer, and never adds fields of its own.
/// </summary>
public static partial class CustomerCardBuilder
{
    // Limits keep the worst case (every list full, every text at its input limit) well under Teams' 28 KB message limit.
    internal const int TopDealLimit = 3;
    internal const int CommentTextLimit = 300;
    internal const int LatestCommentLimit = 200;
    internal const int SummaryLimit = 150;
    internal const int TitleLimit = 120;
    internal const int HandoffDealLimit = 10;
    internal const int PendingHandoffLimit = 2;
    internal const int ChoiceTitleLimit = 60;

    public static JsonObject Build(CustomerCard card, CardContext context, CustomerCardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(context);
        options ??= CustomerCardOptions.None;
        var text = new CardText(context);
        var mentions = new CardMentions();
        var tab = options.AccountTabUrl;

        var body = new List<JsonNode>();
        body.AddRange(Header(card, text, mentions));
        body.AddRange(PeopleContext(card, options, text));
        body.AddRange(KeyContact(card, text, tab));
        body.AddRange(Pipeline(card, text, tab));
        body.AddRange(Activity(card, text, tab));
        body.AddRange(PendingHandoffs(card, text));
        body.AddRange(Partners(card, text));
        body.Add(Actions(card, text, options));
        body.AddRange(CreateActions(card, text));

        return CardDocument.Create(body, text, mentions, RefreshFor(card.Account.Id, options.RefreshUserIds));
    }

    /// <summary>
    /// A neutral card to post into a channel or group chat: only the account's name and a button. Each
    /// viewer's Teams client refreshes it into that viewer's own customer card, in their language,
    /// so nothing one viewer may see is ever stored in the shared message.
    /// </summary>
    public static JsonObject BuildShell(string accountId, string accountName, CardContext context, IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var body = new List<JsonNode>
        {
            AdaptiveElements.Title(accountName),
            AdaptiveElements.Text(text["Customer.Shell.Body"], subtle: true),
            AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["Customer.Shell.Open"], CardVerbs.Refresh, AccountData(accountId))]),
        };
        return CardDocument.Create(body, text, refresh: RefreshFor(accountId, refreshUserIds));
    }

    internal static JsonObject AccountData(string accountId) => AdaptiveActions.Data((CardFields.AccountId, accountId));

    private static JsonObject RefreshFor(string accountId, IReadOnlyList<string>? userIds) =>
        CardDocument.Refresh(CardVerbs.Refresh, AccountData(accountId), userIds);

    /// <summary>Name, a partner's notice, industry and place in one quiet line, then owner, status and segment.</summary>
    private static IEnumerable<JsonNode> Header(CustomerCard card, CardText text, CardMentions mentions)
    {
        var account = card.Account;
        yield return AdaptiveElements.Title(account.LegalForm is { Length: > 0 } && !account.Name.Contains(account.LegalForm, StringComparison.OrdinalIgnoreCase)
            ? $"{account.Name} {account.LegalForm}"
            : account.Name);
        if (card.IsRedacted)
        {
            yield return AdaptiveElements.Text(text["Customer.GuestNotice"], subtle: true, spacing: "None");
        }

        var about = string.Join(" · ", new[] { account.Industry, account.Address.City, account.Address.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (about.Length > 0)
        {
            yield return AdaptiveElements.Text(CardFormat.Clip(about, TitleLimit), subtle: true, spacing: "None");
        }

        yield return AdaptiveElements.FactSet(
        [
            (text["Customer.Fact.Owner"], mentions.Mention(account.Owner)),
            (text["Customer.Fact.Status"], text.Enum(account.Status)),
            (text["Customer.Fact.Segment"], card.IsRedacted ? null : account.Segment),
        ]);
    }

    /// <summary>The first key contact in one line (role, email, phone); the others are on the account tab.</summary>
    private static IEnumerable<JsonNode> KeyContact(CustomerCard card, CardText text, Uri? tab)
    {
        if (card.KeyContacts.Count == 0)
        {
            yield break;
        }

        var contact = card.KeyContacts[0];
        var line = string.Join(" · ", new[] { contact.FullName, contact.Role, contact.Email, contact.Phone }.Where(p => !string.IsNullOrWhiteSpace(p)));
        yield return AdaptiveElements.Text(text.Format("Customer.KeyContact", CardFormat.Clip(line, TitleLimit * 2)), spacing: "Small");
        if (card.ContactCount > 1)
        {
            yield return MoreOnTab(text.Format("Customer.Contacts.More", card.ContactCount - 1), tab);
        }
    }

    /// <summary>
    /// "N more … on the account tab": a quiet line that opens the account tab when there is a link to it (a whole-line
    /// select action: the card's texts are plain text, never markdown links).
    /// </summary>
    private static JsonObject MoreOnTab(string sentence, Uri? tab)
    {
        var line = AdaptiveElements.Container([AdaptiveElements.Text(sentence, subtle: true, size: "Small")], spacing: "None");
        if (tab is not null)
        {
            line["selectAction"] = AdaptiveActions.OpenUrl(sentence, tab);
        }

        return line;
    }
}
