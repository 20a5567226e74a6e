using System.Globalization;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>RFM: recency (days since the last win), frequency (wins), monetary (reporting currency), quintile scores 1–5 (0: prospect), the segment and its name.</summary>
public sealed record RfmResource(RfmSegment Segment, string SegmentName, int? RecencyDays, int Frequency, decimal Monetary, int R, int F, int M)
{
    public static RfmResource From(RfmScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new(score.Segment, AnalyticsTexts.Segment(score.Segment, CultureInfo.CurrentUICulture), score.RecencyDays, score.Frequency, score.Monetary, score.R, score.F, score.M);
    }
}
