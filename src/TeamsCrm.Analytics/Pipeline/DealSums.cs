namespace TeamsCrm.Analytics.Pipeline;

/// <summary>Count, amount, weighted amount and whole days of some deals (one entry of a <see cref="TotalsTable{TKey}"/>).</summary>
internal readonly record struct DealSums(int Count, decimal Amount, decimal Weighted, long Days);
