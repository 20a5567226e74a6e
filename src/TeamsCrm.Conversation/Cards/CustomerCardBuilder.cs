using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The customer card: account facts, key contacts, open deals, latest comments, recent interactions,
/// handoffs and the actions this viewer may take. It renders exactly the <see cref="CustomerCard"/> read
/// model, which the access policy has already filtered for the viewer, and never adds fields of its own.
/// </summary>
public static partial class CustomerCardBuilder
{
    // Limits keep the worst case (every list full, every text at its input limit) near 50 KB, so the
    // card stays under Teams' 100 KB message limit even when counted as UTF-16.
    internal const int DealLimit = 5;
    internal const int CommentTextLimit = 300;
    internal const int MentionLimit = 5;
    internal const int SummaryLimit = 300;
    internal const int TitleLimit = 120;
    internal const int HandoffDealLimit = 10;
    internal const int NoteLimit = 200;
    internal const int ReasonLimit = 200;
    internal const int ChoiceTitleLimit = 60;

    public static JsonObject Build(CustomerCard card, CardContext context, CustomerCardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(context);
        options ??= CustomerCardOptions.None;
        var text = new CardText(context);
        var mentions = new CardMentions();

        var body = new List<JsonNode>();
        body.AddRange(Header(card, text, mentions));
        body.AddRange(PeopleContext(card, options, text));
        body.AddRange(Contacts(card, text));
        body.AddRange(Deals(card, text));
        body.AddRange(Comments(card, text, mentions));
        body.AddRange(Interactions(card, text));
        body.AddRange(HandoffSection(card, text));
        body.AddRange(SharesSection(card, text));
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

        var address = account.Address;
        var place = string.Join(", ", new[] { address.City, address.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
        yield return AdaptiveElements.FactSet(
        [
            (text["Customer.Fact.Industry"], account.Industry),
            (text["Customer.Fact.Segment"], card.IsRedacted ? null : account.Segment),
            (text["Customer.Fact.Website"], account.Website),
            (text["Customer.Fact.Location"], place),
            (text["Customer.Fact.Status"], text.Enum(account.Status)),
            (text["Customer.Fact.Owner"], mentions.Mention(account.Owner)),
        ]);
    }

    private static IEnumerable<JsonNode> Contacts(CustomerCard card, CardText text)
    {
        if (card.KeyContacts.Count == 0)
        {
            yield break;
        }

        yield return AdaptiveElements.Heading(text.Format("Customer.Contacts.Heading", card.KeyContacts.Count, card.ContactCount));
        yield return AdaptiveElements.FactSet(card.KeyContacts.Select(c => (c.FullName, (string?)string.Join(" · ",
            new[] { c.Role, c.Email, c.Phone }.Where(p => !string.IsNullOrWhiteSpace(p)).DefaultIfEmpty(text.Enum(c.PreferredChannel))))));
    }

    private static IEnumerable<JsonNode> SharesSection(CustomerCard card, CardText text)
    {
        // Partners never see the list of shares (the read model only carries their own; it adds nothing for them).
        if (card.IsRedacted || card.Shares.Count == 0)
        {
            yield break;
        }

        yield return AdaptiveElements.Heading(text["Customer.Shares.Heading"]);
        foreach (var share in card.Shares)
        {
            var deal = share.DealId is null ? null : card.OpenDeals.FirstOrDefault(d => d.Id == share.DealId)?.Title;
            yield return AdaptiveElements.Text(share.DealId is null
                ? text.Format("Customer.Share.Account", share.PartnerOrganizationName, text.Enum(share.Level))
                : text.Format("Customer.Share.Deal", share.PartnerOrganizationName, text.Enum(share.Level), deal ?? text["Customer.Share.ClosedDeal"]), spacing: "Small");
        }
    }
}
