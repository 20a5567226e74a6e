using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Storage.Analytics;

/// <summary>One owner's stored book: the totals, how many deals they hold, and the row's version (its ETag).</summary>
public sealed record OwnerBookRow(OwnerTotals Totals, int Deals, ETag Version);
