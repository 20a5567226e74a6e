namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// Where the analytics' facts and summaries live (kept current from the CRM's changes by the storage's outbox; see
/// docs/analytics.md). Every read is scoped to one tenant.
/// </summary>
public interface IAnalyticsStore
{
    /// <summary>Every deal fact of the tenant (one partition), products mapped through its catalog.</summary>
    Task<IReadOnlyList<DealFact>> ReadDealFactsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The deal facts of one account (a range of the same partition).</summary>
    Task<IReadOnlyList<DealFact>> ReadAccountDealFactsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default);

    /// <summary>The account facts of the tenant (industry, size band, country).</summary>
    Task<IReadOnlyList<AccountFact>> ReadAccountFactsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The pipeline summary as last computed; null before the first computation.</summary>
    Task<PipelineSummary?> ReadSummaryAsync(string tenantId, CancellationToken cancellationToken = default);

    Task WriteSummaryAsync(string tenantId, PipelineSummary summary, CancellationToken cancellationToken = default);
}
