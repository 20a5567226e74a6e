using TeamsCrm.Analytics.CallList;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// Where the customer figures' inputs and materialised summaries live: the interaction facts (kept current from the
/// CRM's changes by the storage's outbox), the tenant's customer summary, its call-list candidates per owner and its
/// customers at risk.
/// Every read is scoped to one tenant.
/// </summary>
public interface ICustomerFactsStore
{
    /// <summary>Every interaction fact of the tenant (a range of its facts partition).</summary>
    Task<IReadOnlyList<InteractionFact>> ReadInteractionFactsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The interaction facts of one account (a smaller range of the same partition).</summary>
    Task<IReadOnlyList<InteractionFact>> ReadAccountInteractionFactsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default);

    /// <summary>The customer summary as last computed; null before the first computation.</summary>
    Task<CustomerSummary?> ReadCustomerSummaryAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>One owner's call-list candidates as last computed (none for someone who owned no deal then); null only before the tenant's first customer summary.</summary>
    Task<OwnerCallCandidates?> ReadCallCandidatesAsync(string tenantId, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>The customers at risk as last computed with the summary; null before the first computation.</summary>
    Task<AtRiskSnapshot?> ReadAtRiskAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tenant's customer summary, every owner's call-list candidates and the customers at risk.</summary>
    Task WriteCustomerDocumentsAsync(string tenantId, CustomerDocuments documents, CancellationToken cancellationToken = default);
}
