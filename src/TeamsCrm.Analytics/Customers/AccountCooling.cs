namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// How long an account has gone without a touchpoint against its own rhythm: the median gap between its touchpoints,
/// the threshold derived from it, and whether it is going cold (days since the last touch above the threshold).
/// </summary>
public sealed record AccountCooling(string AccountId, DateTimeOffset LastTouch, double DaysSinceLastTouch, double? MedianGapDays, double ThresholdDays, bool IsCold);
