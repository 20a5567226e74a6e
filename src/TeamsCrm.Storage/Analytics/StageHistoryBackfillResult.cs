namespace TeamsCrm.Storage.Analytics;

/// <summary>What one run of <see cref="StageHistoryBackfill"/> did: tenants finished, deals read, stage rows written.</summary>
public sealed record StageHistoryBackfillResult(int Tenants, int Deals, int Rows);
