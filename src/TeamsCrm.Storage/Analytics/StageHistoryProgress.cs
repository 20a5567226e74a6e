namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Where <see cref="StageHistoryBackfill"/> stands: every account partition up to <see cref="After"/> (in key order) has
/// its stage rows written; <see cref="Finished"/> is the tenant whose summary was recomputed last; <see cref="Done"/>
/// once the whole pass is.
/// </summary>
internal sealed record StageHistoryProgress(string After, string? Finished, bool Done);
