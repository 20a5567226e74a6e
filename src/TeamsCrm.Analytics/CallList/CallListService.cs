using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// "Who should I call today": the caller's open deals ranked by <see cref="CallPriority"/> (chance × value, slipping,
/// closing soon, account going cold), each with the contact to call and their best channel. Members only (a guest is
/// forbidden). Reads the caller's candidates row of the customer summary (one point read), then the listed deals'
/// account partitions (in parallel) to verify each deal is still open and the caller's, and to name it; only before the
/// tenant's first customer summary does it compute the candidates from the facts.
/// </summary>
public sealed class CallListService(
    IAnalyticsStore facts,
    ICustomerFactsStore customers,
    IAccountStore accounts,
    ScoreModelRegistry models,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    public const int MaxTake = 50;

    /// <summary>At most <paramref name="top"/> (1–50) calls, highest priority first.</summary>
    public async Task<CrmResult<CallListResult>> TodayAsync(Caller caller, int top = 10, CancellationToken cancellationToken = default)
    {
        if (CustomerInsightsAccess.ListRefusal(caller, top, MaxTake) is { } refused)
        {
            return refused;
        }

        var candidates = await customers.ReadCallCandidatesAsync(caller.TenantId, caller.UserId, cancellationToken).ConfigureAwait(false)
            ?? await ComputeAsync(caller, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var rates = options.Value.Rates();
        var ranked = candidates.Deals
            .Select(c => (Candidate: c, Ranking: CallPriority.Of(c, now, rates)))
            .OrderByDescending(c => c.Ranking.Priority)
            .ThenBy(c => c.Candidate.DealId, StringComparer.Ordinal)
            .Take(top + 5)
            .ToList();
        var partitions = await Task.WhenAll(ranked.Select(c => c.Candidate.AccountId).Distinct(StringComparer.Ordinal)
            .Select(id => accounts.LoadAsync(caller.TenantId, id, PartitionSlice.CoreOnly, cancellationToken))).ConfigureAwait(false);
        var byId = partitions.OfType<AccountPartition>().ToDictionary(p => p.Account.Id, StringComparer.Ordinal);
        var entries = new List<CallListEntry>();
        foreach (var (candidate, (priority, reasons)) in ranked)
        {
            // Still there, still open, still the caller's: the summary may be a round behind the CRM.
            if (entries.Count == top || !byId.TryGetValue(candidate.AccountId, out var partition)
                || partition.FindDeal(candidate.DealId) is not { IsOpen: true } deal || deal.Owner.UserId != caller.UserId)
            {
                continue;
            }

            var contact = partition.Contacts.FirstOrDefault(c => c.Id == candidate.ContactId);
            entries.Add(new CallListEntry(
                entries.Count + 1, partition.Account.Id, partition.Account.Name, deal.Id, deal.Title, deal.Stage, deal.Amount, deal.Currency, deal.ExpectedCloseDate,
                (int)Math.Round(100 * candidate.Probability, MidpointRounding.AwayFromZero), candidate.IsRuleBased,
                contact?.Id, contact?.FullName, contact is null ? null : candidate.Channels, priority, reasons));
        }

        return new CallListResult(now, candidates.ComputedAt, rates.ReportingCurrency, entries);
    }

    private async Task<OwnerCallCandidates> ComputeAsync(Caller caller, CancellationToken cancellationToken)
    {
        var accountFacts = await facts.ReadAccountFactsAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var deals = await facts.ReadDealFactsAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var interactions = await customers.ReadInteractionFactsAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var scorer = await models.GetAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var mine = deals.Where(d => d.OwnerId == caller.UserId).ToList();
        return CallCandidates.Build(accountFacts, mine, interactions, CustomerSummary.From(deals, interactions, now), scorer, options.Value.Rates(), now)
            .SingleOrDefault() ?? new OwnerCallCandidates(caller.UserId, now, []);
    }
}
