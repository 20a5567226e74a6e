using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Analytics.Tests.Synthetic;

/// <summary>One default synthetic tenant for the ground-truth tests of a class (generation is deterministic).</summary>
public sealed class SyntheticTenantFixture
{
    public SyntheticTenant Tenant { get; } = SyntheticTenantGenerator.Generate();

    /// <summary>The synthetic tenant's currencies at the generator's own rates.</summary>
    public static ExchangeRates Rates { get; } = new("EUR", new Dictionary<string, decimal> { ["USD"] = 1 / 1.1m, ["CHF"] = 1 / 1.05m });
}
