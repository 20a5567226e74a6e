using TeamsCrm.Analytics.Texts;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// A customer (an account with at least one won deal) at risk: its RFM segment is "at risk" or "hibernating"
/// (<see cref="SegmentAtRisk"/>), and/or it is going cold against its own rhythm (<see cref="Cooling"/>.IsCold), with
/// the evidence: RFM score, last touch and usual gap (days), lifetime won revenue per currency and its value in the
/// reporting currency (<see cref="RevenueConverted"/>, what the ranking uses).
/// </summary>
public sealed record AtRiskAccount(
    string AccountId,
    string Name,
    PersonRef Owner,
    RfmScore Rfm,
    AccountCooling? Cooling,
    DateTimeOffset? LastWin,
    CurrencyAmounts Revenue,
    decimal RevenueConverted)
{
    public bool SegmentAtRisk => Rfm.Segment is RfmSegment.AtRisk or RfmSegment.Hibernating;

    public bool IsCold => Cooling?.IsCold == true;

    /// <summary>The evidence in the reader's language: the segment, the silence against the usual rhythm, the revenue.</summary>
    public IReadOnlyList<string> Evidence(CultureInfo culture)
    {
        var lines = new List<string>
        {
            AnalyticsTexts.Format("Risk.Segment", culture, AnalyticsTexts.Segment(Rfm.Segment, culture), Rfm.RecencyDays ?? 0, Rfm.Frequency),
        };
        if (Cooling is { } cooling)
        {
            lines.Add(cooling.MedianGapDays is { } usual
                ? AnalyticsTexts.Format("Risk.ColdAgainstRhythm", culture, Math.Floor(cooling.DaysSinceLastTouch), AnalyticsTexts.Duration(TimeSpan.FromDays(usual), culture))
                : AnalyticsTexts.Format("Risk.ColdNoRhythm", culture, Math.Floor(cooling.DaysSinceLastTouch), Math.Round(cooling.ThresholdDays)));
        }

        lines.Add(AnalyticsTexts.Format("Risk.Revenue", culture, AnalyticsTexts.Money(Revenue, culture)));
        return lines;
    }
}
