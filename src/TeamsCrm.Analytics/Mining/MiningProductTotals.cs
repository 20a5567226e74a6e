namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// One product of the mining summary: its catalog name and family (the id when the catalog no longer has it), the
/// tenant's accounts interested in it (the interest base rate's numerator) and the closed and won deals carrying it.
/// <see cref="Discussed"/>: some account showed interest (a deal line or a tagged interaction), so the mining has cells
/// for it; a catalog product nobody looked at yet is listed without cells.
/// </summary>
public sealed record MiningProductTotals(string ProductId, string Name, string? Family, bool Discussed, int InterestedAccounts, int ClosedDeals, int WonDeals);
