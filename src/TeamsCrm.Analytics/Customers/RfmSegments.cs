namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The documented mapping from RFM scores (1–5 each, 5 best) to segments, first rule that matches:
/// Champions R≥4 ∧ F≥4 ∧ M≥4; Loyal R≥3 ∧ F≥4; New: first purchase within the new-customer window and one purchase;
/// At risk R≤2 ∧ F≥3; Hibernating R≤2 ∧ F≤2; Promising R≥4; otherwise Needs attention.
/// </summary>
public static class RfmSegments
{
    public static RfmSegment Classify(int recency, int frequency, int monetary, bool isNewCustomer) => (recency, frequency, monetary) switch
    {
        ( >= 4, >= 4, >= 4) => RfmSegment.Champions,
        ( >= 3, >= 4, _) => RfmSegment.Loyal,
        _ when isNewCustomer => RfmSegment.New,
        ( <= 2, >= 3, _) => RfmSegment.AtRisk,
        ( <= 2, _, _) => RfmSegment.Hibernating,
        ( >= 4, _, _) => RfmSegment.Promising,
        _ => RfmSegment.NeedsAttention,
    };
}
