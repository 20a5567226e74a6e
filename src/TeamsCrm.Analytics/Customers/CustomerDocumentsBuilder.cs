using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// Computes a tenant's <see cref="CustomerDocuments"/> from its facts and stores them: the customer summary, every
/// owner's call-list candidates (scored with the tenant's model, named from their accounts' partitions) and the
/// customers at risk (named from the index). The background refresh runs it for every tenant whose facts changed; the
/// lists run it on the spot only when nothing stored answers them. A function of the facts and records, so running it
/// again is harmless.
/// </summary>
public sealed class CustomerDocumentsBuilder(
    IAnalyticsStore facts,
    ICustomerFactsStore customers,
    IAccountStore accounts,
    ICrmIndex index,
    ScoreModelRegistry models,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    private const int ParallelReads = 8;

    /// <summary>Computes and stores the tenant's customer documents now.</summary>
    public async Task<CustomerDocuments> RefreshAsync(string tenantId, CancellationToken cancellationToken = default) =>
        (await RefreshWithFactsAsync(tenantId, cancellationToken).ConfigureAwait(false)).Documents;

    /// <summary>As <see cref="RefreshAsync"/>, also giving the facts it read, for further figures of the same round (mining).</summary>
    public async Task<(CustomerDocuments Documents, CustomerFactSet Facts)> RefreshWithFactsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var accountFacts = await facts.ReadAccountFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var deals = await facts.ReadDealFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var interactions = await customers.ReadInteractionFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var scorer = await models.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var rates = options.Value.Rates();
        var summary = CustomerSummary.From(deals, interactions, now);
        var calls = CallCandidates.Build(accountFacts, deals, interactions, summary, scorer, rates, now);
        var documents = new CustomerDocuments(
            summary,
            CallCandidates.Named(calls, await CallNamesAsync(tenantId, calls, cancellationToken).ConfigureAwait(false)),
            await AtRiskAsync(summary, rates, ids => IndexNamesAsync(tenantId, ids, cancellationToken)).ConfigureAwait(false));
        await customers.WriteCustomerDocumentsAsync(tenantId, documents, cancellationToken).ConfigureAwait(false);
        return (documents, new CustomerFactSet(accountFacts, deals, interactions));
    }

    /// <summary>
    /// The customers at risk of <paramref name="summary"/> with their names: the candidates of
    /// <see cref="AtRiskRanking.Candidates"/>, named by <paramref name="names"/>; an account without a name (deleted
    /// since) is left out and the candidates chosen again without it.
    /// </summary>
    public static async Task<AtRiskSnapshot> AtRiskAsync(CustomerSummary summary, ExchangeRates rates, Func<IReadOnlyCollection<string>, Task<IReadOnlyList<AccountSummaryEntry>>> names)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(names);
        var rfm = CustomerFigures.Rfm(summary.Accounts, summary.ComputedAt, rates);
        var totals = summary.Accounts.ToDictionary(t => t.AccountId, StringComparer.Ordinal);
        var named = new Dictionary<string, AccountSummaryEntry>(StringComparer.Ordinal);
        var leftOut = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var ids = AtRiskRanking.Candidates(summary, rfm, leftOut, CustomerInsightsService.MaxTake);
            var unknown = ids.Where(id => !named.ContainsKey(id)).ToList();
            foreach (var entry in unknown.Count == 0 ? [] : await names(unknown).ConfigureAwait(false))
            {
                named[entry.AccountId] = entry;
            }

            if (ids.All(named.ContainsKey))
            {
                return new AtRiskSnapshot(summary.ComputedAt, rfm.Count, rates.ReportingCurrency, [.. ids.Select(id => new AtRiskCandidate(named[id].Name, named[id].Owner, rfm[id], totals[id]))]);
            }

            leftOut.UnionWith(ids.Where(id => !named.ContainsKey(id)));
        }
    }

    private Task<IReadOnlyList<AccountSummaryEntry>> IndexNamesAsync(string tenantId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        index.GetAccountSummariesAsync(tenantId, ids, cancellationToken);

    /// <summary>The names of the candidates' accounts, open deals and contacts, from the accounts' partitions.</summary>
    private async Task<CustomerNames> CallNamesAsync(string tenantId, IReadOnlyList<OwnerCallCandidates> calls, CancellationToken cancellationToken)
    {
        var ids = calls.SelectMany(c => c.Deals).Select(c => c.AccountId).Distinct(StringComparer.Ordinal).ToList();
        var partitions = new System.Collections.Concurrent.ConcurrentBag<AccountPartition>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (id, token) =>
        {
            if (await accounts.LoadAsync(tenantId, id, PartitionSlice.CoreOnly, token).ConfigureAwait(false) is { } partition)
            {
                partitions.Add(partition);
            }
        }).ConfigureAwait(false);
        return new CustomerNames(
            partitions.ToDictionary(p => p.Account.Id, p => new AccountSummaryEntry(p.Account.Id, p.Account.Name, p.Account.Owner), StringComparer.Ordinal),
            partitions.SelectMany(p => p.Deals).Where(d => d.IsOpen).ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal),
            partitions.SelectMany(p => p.Contacts).ToDictionary(c => c.Id, c => c.FullName, StringComparer.Ordinal));
    }
}
