using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Storage.Analytics;

/// <summary>A deal whose fact rows a change wrote (or deleted), with the stage rows among them.</summary>
public sealed record DealToApply(string AccountId, string DealId, IReadOnlyList<StageChange> Stages);
