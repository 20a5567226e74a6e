using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// Builds every owner's call-list candidates from the tenant's facts: each open deal with its chance to win (one
/// prediction), its account's totals and the account's latest contact with their channels; per owner the
/// <see cref="OwnerCallCandidates.Keep"/> highest priorities as of the computation. Owners of deals
/// without an open one get an empty row, so "nothing to call" is an answer, not a missing summary.
/// </summary>
public static class CallCandidates
{
    public static IReadOnlyList<OwnerCallCandidates> Build(
        IEnumerable<AccountFact> accounts,
        IReadOnlyCollection<DealFact> deals,
        IEnumerable<InteractionFact> interactions,
        CustomerSummary summary,
        DealScorer scorer,
        ExchangeRates rates,
        DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(scorer);
        var accountFacts = accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var touches = interactions.Where(i => i.OccurredAt <= computedAt).ToLookup(i => i.AccountId, StringComparer.Ordinal);
        var totals = summary.Accounts.ToDictionary(t => t.AccountId, StringComparer.Ordinal);
        var channels = new Dictionary<string, IReadOnlyDictionary<string, ContactChannels>>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, ContactChannels> ChannelsOf(string accountId) => channels.TryGetValue(accountId, out var known)
            ? known
            : channels[accountId] = BestChannelFinder.Analyze(touches[accountId]).ToDictionary(c => c.ContactId, StringComparer.Ordinal);
        return
        [
            .. deals.GroupBy(d => d.OwnerId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(owner => new OwnerCallCandidates(
                owner.Key,
                computedAt,
                [.. owner.Where(d => d.IsOpen)
                    .Select(d =>
                    {
                        var account = totals.GetValueOrDefault(d.AccountId);
                        var contactId = account?.LastContactId;
                        return new CallCandidate
                        {
                            DealId = d.Id,
                            AccountId = d.AccountId,
                            Stage = d.Stage,
                            Amount = d.Amount,
                            Currency = d.Currency,
                            ExpectedCloseDate = d.ExpectedCloseDate,
                            Probability = scorer.Probability(d, accountFacts.GetValueOrDefault(d.AccountId), touches[d.AccountId], computedAt),
                            IsRuleBased = scorer.IsRuleBased,
                            Account = account,
                            ContactId = contactId,
                            Channels = contactId is null ? null : ChannelsOf(d.AccountId).GetValueOrDefault(contactId),
                        };
                    })
                    .OrderByDescending(c => CallPriority.Of(c, computedAt, rates).Priority)
                    .ThenBy(c => c.DealId, StringComparer.Ordinal)
                    .Take(OwnerCallCandidates.Keep)])),
        ];
    }
}
