using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// Builds every owner's call-list candidates from the tenant's facts: each open deal with its chance to win (one
/// prediction), its account's totals and the account's latest contact with their channels; per owner the
/// candidates that can be among the <see cref="OwnerCallCandidates.Keep"/> highest priorities in the days after it
/// (<see cref="Kept"/>). Owners of deals
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
                Kept([.. owner.Where(d => d.IsOpen)
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
], computedAt, rates))),
        ];
    }

    /// <summary>
    /// The candidates that can be among the <see cref="OwnerCallCandidates.Keep"/> highest priorities on any day of the
    /// <see cref="OwnerCallCandidates.WindowDays"/> after <paramref name="computedAt"/>, highest priority now first. A
    /// priority only grows with the days (closing soon, then slipping; the account going colder), so a deal can be
    /// passed over only when at least Keep deals already rank above its priority at the window's end.
    /// </summary>
    public static IReadOnlyList<CallCandidate> Kept(IReadOnlyList<CallCandidate> open, DateTimeOffset computedAt, ExchangeRates rates)
    {
        ArgumentNullException.ThrowIfNull(open);
        var end = computedAt.AddDays(OwnerCallCandidates.WindowDays);
        var now = open.Select(c => CallPriority.Of(c, computedAt, rates).Priority).ToList();
        var sorted = now.Order().ToArray();
        return
        [
            .. open.Select((c, i) => (Candidate: c, Now: now[i], Later: CallPriority.Of(c, end, rates).Priority))
                .Where(c => SortedCounts.Greater(sorted, c.Later) < OwnerCallCandidates.Keep)
                .OrderByDescending(c => c.Now)
                .ThenBy(c => c.Candidate.DealId, StringComparer.Ordinal)
                .Select(c => c.Candidate),
        ];
    }

    /// <summary>
    /// The candidates with the names their entries show, read at the computation: a deal without a title (gone, or no
    /// longer open, since its facts were read) is left out; a contact without a name is not suggested.
    /// </summary>
    public static IReadOnlyList<OwnerCallCandidates> Named(IReadOnlyList<OwnerCallCandidates> calls, CustomerNames names)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            .. calls.Select(owner => owner with
            {
                Deals =
                [
                    .. owner.Deals
                        .Where(c => names.Deals.ContainsKey(c.DealId) && names.Accounts.ContainsKey(c.AccountId))
                        .Select(c => names.Contacts.GetValueOrDefault(c.ContactId ?? string.Empty) is { } contact
                            ? c with { AccountName = names.Accounts[c.AccountId].Name, DealTitle = names.Deals[c.DealId], ContactName = contact }
                            : c with { AccountName = names.Accounts[c.AccountId].Name, DealTitle = names.Deals[c.DealId], ContactId = null, Channels = null }),
                ],
            }),
        ];
    }
}
