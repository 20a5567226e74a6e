namespace TeamsCrm.Analytics.Synthetic;

/// <summary>The size and seed of a synthetic tenant; the same options always give the same tenant.</summary>
public sealed record SyntheticTenantOptions
{
    public int Seed { get; init; } = 7;
    public int Accounts { get; init; } = 400;
    public int Deals { get; init; } = 1200;
    public int Owners { get; init; } = 8;
    /// <summary>The first day of the year of history; the tenant is "as of" a year later.</summary>
    public DateTimeOffset Start { get; init; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
