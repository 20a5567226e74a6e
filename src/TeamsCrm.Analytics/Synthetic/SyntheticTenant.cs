namespace TeamsCrm.Analytics.Synthetic;

/// <summary>A generated tenant: catalog, companies with contacts, a year of deals won, lost and open, interactions by channel, and the planted truth.</summary>
public sealed record SyntheticTenant(
    IReadOnlyList<CatalogProduct> Catalog,
    IReadOnlyList<SyntheticAccount> Accounts,
    IReadOnlyList<DealFact> Deals,
    IReadOnlyList<InteractionFact> Interactions,
    IReadOnlyList<string> OwnerIds,
    DateTimeOffset AsOf,
    GroundTruth Truth)
{
    public IEnumerable<AccountFact> AccountFacts => Accounts.Select(a => a.Fact);
}
