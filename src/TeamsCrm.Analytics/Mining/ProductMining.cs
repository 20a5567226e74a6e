namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// One product's mining: its name and family, the tenant's accounts interested in it (of <see cref="MiningInsights.Accounts"/>:
/// the interest base rate), its closed and won deals, and its segments ranked by conservative lift — interest (which
/// segments look at it) and conversion (which win with it), each with counts, rate, interval and lift, or "too few".
/// </summary>
public sealed record ProductMining(
    string ProductId,
    string Name,
    string? Family,
    int InterestedAccounts,
    double InterestBase,
    int ClosedDeals,
    int WonDeals,
    IReadOnlyList<MiningCell> Interest,
    IReadOnlyList<MiningCell> Conversion);
