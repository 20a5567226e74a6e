namespace TeamsCrm.Analytics.Customers;

/// <summary>Plain-language customer segments from RFM scores (the mapping is <see cref="RfmSegments.Classify"/>; names in AnalyticsTexts, en/de).</summary>
public enum RfmSegment
{
    Champions,
    Loyal,
    New,
    AtRisk,
    Hibernating,
    Promising,
    NeedsAttention,
    /// <summary>No purchase yet: not scored.</summary>
    Prospect,
}
