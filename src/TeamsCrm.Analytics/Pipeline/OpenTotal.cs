namespace TeamsCrm.Analytics.Pipeline;

/// <summary>The open deals of one owner in one currency and stage: how many, their amount and weighted amount.</summary>
public sealed record OpenTotal(string Owner, string Currency, DealStage Stage, int Count, decimal Amount, decimal Weighted);
