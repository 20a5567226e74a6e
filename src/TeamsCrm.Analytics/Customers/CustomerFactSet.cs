namespace TeamsCrm.Analytics.Customers;

/// <summary>The facts one computation of a tenant's customer documents read (<see cref="CustomerDocumentsBuilder"/>).</summary>
public sealed record CustomerFactSet(IReadOnlyList<AccountFact> Accounts, IReadOnlyList<DealFact> Deals, IReadOnlyList<InteractionFact> Interactions);
