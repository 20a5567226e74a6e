using System.Globalization;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Cards;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Turns;

public sealed partial class CrmConversation
{
    // ---- hand off by text ---------------------------------------------------------------------

    private async Task<TurnOutcome> HandOffByTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (turn.Caller.IsGuest)
        {
            return Reply(ErrorCardBuilder.Build(CrmError.Forbidden(), turn.Context));
        }

        var dealPhrase = FirstText(r.DealPhrase, r.AccountPhrase);
        if (dealPhrase is null)
        {
            return Public(Say(turn.Context, "Turn.HandoffAskDeal"));
        }

        if (r.RecipientUserId is null && string.IsNullOrWhiteSpace(r.RecipientPhrase))
        {
            return Public(Say(turn.Context, "Turn.HandoffAskRecipient"));
        }

        if (r.DuePhrase is not null && r.DueDate is null)
        {
            return Reply(Say(turn.Context, "Turn.DueUnreadable", r.DuePhrase));
        }

        var candidates = await DealCandidatesAsync(turn, cancellationToken);
        var ranked = candidates
            .Select(c => (c.AccountName, c.Item, Score: DealScore(dealPhrase, c.AccountName, c.Item.Title)))
            .Where(c => c.Score >= DealConfident)
            .OrderByDescending(c => c.Score)
            .ToList();
        if (ranked.Count == 0)
        {
            return Reply(Say(turn.Context, "Turn.HandoffDealNotFound", dealPhrase));
        }

        if (ranked.Count > 1 && ranked[0].Score - ranked[1].Score <= DealMargin)
        {
            var names = ranked.Take(MaxPeopleListed).Select(c => $"{c.AccountName} – {c.Item.Title}");
            return Reply(Say(turn.Context, "Turn.HandoffDealAmbiguous", dealPhrase, ListNames(names)));
        }

        var (accountName, deal, _) = ranked[0];
        var recipient = await FindRecipientAsync(turn.Caller, r.RecipientUserId, r.RecipientPhrase, turn.Context, cancellationToken);
        if (recipient.Answer is not null)
        {
            return Reply(recipient.Answer);
        }

        DateTimeOffset? due = r.DueDate is { } date ? EndOfDay(date, turn.Context.TimeZone) : null;
        var result = await handoffs.HandOffAsync(turn.Caller, new HandoffRequest(deal.AccountId, deal.Id, recipient.Caller!, r.Text, due), cancellationToken);
        if (!result.IsSuccess)
        {
            return Reply(ErrorCardBuilder.Build(result.Error!, turn.Context, deal.AccountId));
        }

        var handoff = result.Value!;
        var subject = HandoffSubject.From(accountName, deal);
        var senderCard = new OutgoingMessage(null, HandoffCardBuilder.ForSender(handoff, subject, turn.Context), TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender));
        return new TurnOutcome([senderCard], NoNotifications);
    }

    private async Task<IReadOnlyList<WorkItem<DealView>>> DealCandidatesAsync(Turn turn, CancellationToken cancellationToken)
    {
        var accountPhrase = turn.Recognition.AccountPhrase;
        if (!string.IsNullOrWhiteSpace(accountPhrase))
        {
            var resolution = await resolver.ResolveAsync(turn.Caller, accountPhrase, cancellationToken);
            if (resolution.Kind == AccountResolutionKind.SingleMatch)
            {
                var card = await accounts.GetCustomerCardAsync(turn.Caller, resolution.Match!.AccountId, cancellationToken);
                if (card.IsSuccess)
                {
                    return card.Value!.OpenDeals.Where(d => d.CanHandOff).Select(d => new WorkItem<DealView>(d.AccountId, card.Value.Account.Name, d)).ToList();
                }
            }
        }

        return (await myWork.OpenDealsAsync(turn.Caller, cancellationToken)).Where(w => w.Item.CanHandOff).ToList();
    }

    /// <summary>How well a deal phrase ("the Contoso renewal", "Fabrikam Rollout") names a deal.</summary>
    internal static double DealScore(string phrase, string accountName, string dealTitle)
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

    private sealed record RecipientLookup(Caller? Caller, string? Answer);

    private async Task<RecipientLookup> FindRecipientAsync(Caller sender, string? userId, string? phrase, CardContext context, CancellationToken cancellationToken)
    {
        string? name = phrase;
        if (userId is null)
        {
            var query = phrase!.Trim().TrimStart('@').Trim();
            var found = query.Length == 0 ? [] : await people.FindAsync(sender.TenantId, query, MaxPeopleListed + 1, cancellationToken);
            var exact = found.Where(p => string.Equals(p.DisplayName, query, StringComparison.OrdinalIgnoreCase)).ToList();
            var chosen = found.Count == 1 ? found[0] : exact.Count == 1 ? exact[0] : null;
            if (chosen is null)
            {
                return found.Count == 0
                    ? new RecipientLookup(null, Say(context, "Turn.RecipientNotFound", query))
                    : new RecipientLookup(null, Say(context, "Turn.RecipientAmbiguous", query, ListNames(found.Take(MaxPeopleListed).Select(PersonName))));
            }

            userId = chosen.UserId;
            name = chosen.DisplayName;
        }

        var caller = await callers.ResolveAsync(sender.TenantId, userId, name, claimsGuest: false, cancellationToken);
        return new RecipientLookup(caller, null);
    }

    private static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    // ---- comment by text ----------------------------------------------------------------------

    private async Task<TurnOutcome> CommentByTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (string.IsNullOrWhiteSpace(r.AccountPhrase) || string.IsNullOrWhiteSpace(r.Text))
        {
            return Public(Say(turn.Context, "Turn.CommentAsk"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, r.AccountPhrase, cancellationToken);
        if (resolution.Kind != AccountResolutionKind.SingleMatch)
        {
            return await ShowAccountAsync(turn, cancellationToken);
        }

        var hit = resolution.Match!;
        var visibility = turn.Caller.IsGuest ? CommentVisibility.Shared : r.Visibility;
        var mentions = await MentionedPeopleAsync(turn.Caller, turn.Input.Mentions, cancellationToken);
        var (comment, error) = await AddCommentAsync(turn.Caller, hit.AccountId, r.Text, visibility, mentions, cancellationToken);
        if (error is not null)
        {
            return Reply(ErrorCardBuilder.Build(error, turn.Context, hit.AccountId));
        }

        var key = comment!.Visibility == CommentVisibility.Shared ? "Turn.CommentAddedShared" : "Turn.CommentAdded";
        return new TurnOutcome([new OutgoingMessage(Say(turn.Context, key, hit.Name), null)], NoNotifications);
    }

    private async Task<(Comment? Comment, CrmError? Error)> AddCommentAsync(
        Caller caller, string accountId, string text, CommentVisibility visibility, IReadOnlyList<PersonRef> mentions, CancellationToken cancellationToken)
    {
        var added = await comments.AddAsync(caller, accountId, new CommentInput(text, mentions, visibility), cancellationToken);
        return added.IsSuccess ? (added.Value, null) : (null, added.Error);
    }

    private async Task<IReadOnlyList<PersonRef>> MentionedPeopleAsync(Caller caller, IReadOnlyList<Mention>? mentions, CancellationToken cancellationToken)
    {
        var result = new List<PersonRef>();
        foreach (var mention in (mentions ?? []).Where(m => !string.IsNullOrWhiteSpace(m.UserId)).DistinctBy(m => m.UserId).Take(20))
        {
            var person = await people.GetAsync(caller.TenantId, mention.UserId, cancellationToken);
            var name = person?.DisplayName ?? StripTag(mention.Text);
            result.Add(new PersonRef(mention.UserId, name));
        }

        return result;
    }

    private static string StripTag(string text) => text.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();

    // ---- log an interaction by text -----------------------------------------------------------

    private async Task<TurnOutcome> LogByTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (string.IsNullOrWhiteSpace(r.AccountPhrase) || string.IsNullOrWhiteSpace(r.Text))
        {
            return Public(Say(turn.Context, "Turn.InteractionAsk"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, r.AccountPhrase, cancellationToken);
        if (resolution.Kind != AccountResolutionKind.SingleMatch)
        {
            return await ShowAccountAsync(turn, cancellationToken);
        }

        var hit = resolution.Match!;
        string? contactId = null;
        if (!string.IsNullOrWhiteSpace(r.ContactPhrase))
        {
            var card = await accounts.GetCustomerCardAsync(turn.Caller, hit.AccountId, cancellationToken);
            contactId = card.IsSuccess
                ? card.Value!.KeyContacts
                    .Select(c => (c.Id, Score: NameSimilarity.Score(r.ContactPhrase, $"{c.FirstName} {c.LastName}")))
                    .Where(c => c.Score >= 0.8)
                    .OrderByDescending(c => c.Score)
                    .Select(c => c.Id)
                    .FirstOrDefault()
                : null;
        }

        var input = new InteractionInput(r.Channel ?? InteractionChannel.Phone, InteractionDirection.Outbound, r.Text, null, contactId);
        var logged = await interactions.LogAsync(turn.Caller, hit.AccountId, input, cancellationToken);
        return logged.IsSuccess
            ? Reply(Say(turn.Context, "Turn.InteractionLogged", hit.Name))
            : Reply(ErrorCardBuilder.Build(logged.Error!, turn.Context, hit.AccountId));
    }

    internal static string Describe(CrmError error, CultureInfo culture) => CrmMessages.Describe(error, culture);
}
