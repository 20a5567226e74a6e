using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// Finds the account or single deal a share phrase names, with the account and deal resolvers every other command
/// uses (so only what the caller may see): "Contoso" is the account, "Contoso Renewal" the deal "Renewal 2027" of
/// Contoso Ltd — the longest start of the phrase that names one account, with the rest naming one of its open deals.
/// Several candidates give a choice card whose buttons continue the same draft.
/// </summary>
internal sealed class ShareTargetFinder(IAccountResolver resolver, AccountService accounts)
{
    /// <summary>An exact account name wins over a deal reading of the same words.</summary>
    private const double ExactAccount = 0.95;
    private const double DealConfident = 0.8;

    public async Task<ShareTarget> FindAsync(Caller caller, ShareDraft draft, CardContext context, CancellationToken cancellationToken)
    {
        if (draft.AccountId is { } accountId)
        {
            return await ByIdAsync(caller, accountId, draft.DealId, context, cancellationToken).ConfigureAwait(false);
        }

        var phrase = draft.TargetPhrase!;
        var whole = await resolver.ResolveAsync(caller, phrase, cancellationToken).ConfigureAwait(false);
        if (whole.Kind == AccountResolutionKind.SingleMatch && whole.Candidates[0].Score >= ExactAccount)
        {
            return await ByIdAsync(caller, whole.Match!.AccountId, null, context, cancellationToken).ConfigureAwait(false);
        }

        if (await DealAsync(caller, draft, phrase, context, cancellationToken).ConfigureAwait(false) is { } deal)
        {
            return deal;
        }

        return whole.Kind switch
        {
            AccountResolutionKind.SingleMatch => await ByIdAsync(caller, whole.Match!.AccountId, null, context, cancellationToken).ConfigureAwait(false),
            _ when whole.Candidates.Count > 0 => ShareTarget.Answered(ShareCardBuilder.Choice(
                new CardText(context).Format("Share.TargetChoice", CardFormat.Clip(phrase, 100)),
                whole.Candidates.Take(AccountChoiceCardBuilder.MaxChoices).Select(c => (c.Account.Name, draft with { AccountId = c.Account.AccountId })),
                context)),
            _ => ShareTarget.Answered(ShareCardBuilder.Message(new CardText(context).Format("Share.TargetNotFound", CardFormat.Clip(phrase, 100)), context)),
        };
    }

    private async Task<ShareTarget> ByIdAsync(Caller caller, string accountId, string? dealId, CardContext context, CancellationToken cancellationToken)
    {
        var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        if (!card.IsSuccess)
        {
            return ShareTarget.Answered(ErrorCardBuilder.Build(card.Error!, context));
        }

        if (dealId is null)
        {
            return new ShareTarget(card.Value, null, null);
        }

        var deal = card.Value!.OpenDeals.FirstOrDefault(d => d.Id == dealId);
        return deal is null ? ShareTarget.Answered(ErrorCardBuilder.Build(CrmError.NotFound(), context)) : new ShareTarget(card.Value, deal, null);
    }

    /// <summary>The longest start of the phrase that names exactly one account, with the rest naming one (or several) of its open deals.</summary>
    private async Task<ShareTarget?> DealAsync(Caller caller, ShareDraft draft, string phrase, CardContext context, CancellationToken cancellationToken)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var split = words.Length - 1; split >= 1; split--)
        {
            var account = await resolver.ResolveAsync(caller, string.Join(' ', words[..split]), cancellationToken).ConfigureAwait(false);
            if (account.Kind != AccountResolutionKind.SingleMatch)
            {
                continue;
            }

            var card = await accounts.GetCustomerCardAsync(caller, account.Match!.AccountId, cancellationToken).ConfigureAwait(false);
            var dealPhrase = string.Join(' ', words[split..]);
            var deals = (card.IsSuccess ? card.Value!.OpenDeals : [])
                .Select(d => (Deal: d, Score: NameSimilarity.Score(dealPhrase, d.Title)))
                .Where(d => d.Score >= DealConfident)
                .OrderByDescending(d => d.Score)
                .ToList();
            if (deals.Count == 1 || (deals.Count > 1 && deals[0].Score - deals[1].Score > AccountResolver.Margin))
            {
                return new ShareTarget(card.Value, deals[0].Deal, null);
            }

            if (deals.Count > 1)
            {
                var name = card.Value!.Account.Name;
                return ShareTarget.Answered(ShareCardBuilder.Choice(
                    new CardText(context).Format("Share.TargetChoice", CardFormat.Clip(phrase, 100)),
                    deals.Take(AccountChoiceCardBuilder.MaxChoices).Select(d => ($"{name} – {d.Deal.Title}", draft with { AccountId = d.Deal.AccountId, DealId = d.Deal.Id })),
                    context));
            }
        }

        return null;
    }
}
