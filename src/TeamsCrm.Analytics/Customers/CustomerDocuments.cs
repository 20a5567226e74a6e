using TeamsCrm.Analytics.CallList;

namespace TeamsCrm.Analytics.Customers;

/// <summary>What one computation of a tenant's customer figures stores: the summary, every owner's call-list candidates and the customers at risk.</summary>
public sealed record CustomerDocuments(CustomerSummary Summary, IReadOnlyList<OwnerCallCandidates> Calls, AtRiskSnapshot AtRisk);
