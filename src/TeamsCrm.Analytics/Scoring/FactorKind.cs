namespace TeamsCrm.Analytics.Scoring;

/// <summary>What a score factor is about; each kind has its phrase in AnalyticsTexts ("Factor.{kind}").</summary>
public enum FactorKind
{
    Industry,
    SizeBand,
    Country,
    ProductFamily,
    AmountBand,
    LastMeeting,
    Interactions,
    StageReached,
    OwnerWinRate,
    /// <summary>The rule-based score's starting point: the deal's probability (its own or its stage's).</summary>
    StageBase,
}
