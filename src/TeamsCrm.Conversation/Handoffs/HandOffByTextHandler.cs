using TeamsCrm.Core.Access;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.MyWork;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>
/// "hand the Contoso renewal to Lukas by Friday": finds the deal and the person, and hands it off. A guest never names
/// anyone from the directory: "hand the Rollout back (to Megan)" goes only to the member who handed it to them
/// (<see cref="GuestHandBack"/>); any other name gets the same refusal as no hand-back recipient at all.
/// </summary>
internal sealed class HandOffByTextHandler(IAccountResolver resolver, AccountService accounts, MyWorkService myWork, RecipientFinder recipients, HandoffService handoffs, HandoffCards cards)
    : IIntentHandler
{
    private const double DealConfident = 0.6;
    private const double DealMargin = 0.1;

    public IReadOnlyList<Intent> Intents { get; } = [Intent.HandOffDeal];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        var handsBack = !AccessPolicy.CanSearchPeople(turn.Caller);
        var dealPhrase = new[] { r.DealPhrase, r.AccountPhrase }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (dealPhrase is null)
        {
            return Public(Say(turn.Context, "Turn.HandoffAskDeal"));
        }

        if (!handsBack && r.RecipientUserId is null && string.IsNullOrWhiteSpace(r.RecipientPhrase))
        {
            return Public(Say(turn.Context, "Turn.HandoffAskRecipient"));
        }

        if (r.DuePhrase is not null && r.DueDate is null)
        {
            return Reply(Say(turn.Context, "Turn.DueUnreadable", r.DuePhrase));
        }

        var ranked = (await DealCandidatesAsync(turn, cancellationToken).ConfigureAwait(false))
            .Select(c => (c.AccountName, c.Item, Score: DealPhrase.Score(dealPhrase, c.AccountName, c.Item.Title)))
            .Where(c => c.Score >= DealConfident)
            .OrderByDescending(c => c.Score)
            .ToList();
        if (ranked.Count == 0)
        {
            // A guest hands back only what was handed to them: nothing to hand back reads like any other refusal.
            return handsBack
                ? Reply(ErrorCardBuilder.Build(CrmError.Rule(ErrorCodes.HandoffGuestHandBackOnly), turn.Context))
                : Reply(Say(turn.Context, "Turn.HandoffDealNotFound", dealPhrase));
        }

        if (ranked.Count > 1 && ranked[0].Score - ranked[1].Score <= DealMargin)
        {
            var names = ranked.Take(RecipientFinder.MaxPeopleListed).Select(c => $"{c.AccountName} – {c.Item.Title}");
            return Reply(Say(turn.Context, "Turn.HandoffDealAmbiguous", dealPhrase, ListNames(names)));
        }

        var (accountName, deal, _) = ranked[0];
        var recipient = handsBack
            ? await HandBackRecipientAsync(turn, deal, cancellationToken).ConfigureAwait(false)
            : await recipients.FindAsync(turn.Caller, r.RecipientUserId, r.RecipientPhrase, turn.Context, cancellationToken).ConfigureAwait(false);
        if (recipient.Caller is null)
        {
            return recipient.Answer is { } answer
                ? Reply(answer)
                : Reply(ErrorCardBuilder.Build(CrmError.Rule(ErrorCodes.HandoffGuestHandBackOnly), turn.Context));
        }

        DateTimeOffset? due = r.DueDate is { } date ? EndOfDay(date, turn.Context.TimeZone) : null;
        var result = await handoffs.HandOffAsync(turn.Caller, new HandoffRequest(deal.AccountId, deal.Id, recipient.Caller!, r.Text, due), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Reply(ErrorCardBuilder.Build(result.Error!, turn.Context, deal.AccountId));
        }

        var handoff = result.Value!;
        var senderCard = await cards.BuildAsync(turn.Caller, handoff, HandoffSubject.From(accountName, deal), turn.Context, null, cancellationToken).ConfigureAwait(false);
        return new TurnOutcome([new OutgoingMessage(null, senderCard, TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender))], NoNotifications);
    }

    /// <summary>The member a guest may hand <paramref name="deal"/> back to, when the words name nobody else; otherwise nobody (one refusal for all).</summary>
    private async Task<RecipientLookup> HandBackRecipientAsync(MessageTurn turn, DealView deal, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        var back = await handoffs.HandBackRecipientAsync(turn.Caller, deal.AccountId, deal.Id, cancellationToken).ConfigureAwait(false);
        var named = r.RecipientUserId is { } id
            ? id == back?.UserId
            : string.IsNullOrWhiteSpace(r.RecipientPhrase) || (back is not null && NameSimilarity.Score(r.RecipientPhrase, back.DisplayName) >= AccountResolver.Plausible);
        return back is null || !named
            ? new RecipientLookup(null, null)
            : new RecipientLookup(await recipients.ResolveAsync(turn.Caller, back, cancellationToken).ConfigureAwait(false), null);
    }

    private async Task<IReadOnlyList<WorkItem<DealView>>> DealCandidatesAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var accountPhrase = turn.Recognition.AccountPhrase;
        if (!string.IsNullOrWhiteSpace(accountPhrase))
        {
            var resolution = await resolver.ResolveAsync(turn.Caller, accountPhrase, cancellationToken).ConfigureAwait(false);
            if (resolution.Kind == AccountResolutionKind.SingleMatch)
            {
                var card = await accounts.GetCustomerCardAsync(turn.Caller, resolution.Match!.AccountId, cancellationToken).ConfigureAwait(false);
                if (card.IsSuccess)
                {
                    return card.Value!.OpenDeals.Where(d => d.CanHandOff).Select(d => new WorkItem<DealView>(d.AccountId, card.Value.Account.Name, d)).ToList();
                }
            }
        }

        return (await myWork.OpenDealsAsync(turn.Caller, cancellationToken).ConfigureAwait(false)).Where(w => w.Item.CanHandOff).ToList();
    }
}
