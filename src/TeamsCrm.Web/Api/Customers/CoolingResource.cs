using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>Going cold: the last touch, days since, the usual gap (median, days; null before two gaps), the threshold (days) and the verdict.</summary>
public sealed record CoolingResource(DateTimeOffset LastTouch, double DaysSinceLastTouch, double? UsualGapDays, double ThresholdDays, bool IsCold)
{
    public static CoolingResource? From(AccountCooling? cooling) => cooling is null
        ? null
        : new(cooling.LastTouch, Math.Round(cooling.DaysSinceLastTouch, 1), cooling.MedianGapDays is { } gap ? Math.Round(gap, 2) : null, Math.Round(cooling.ThresholdDays, 2), cooling.IsCold);
}
