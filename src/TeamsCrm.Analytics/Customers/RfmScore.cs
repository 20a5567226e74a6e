namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// An account's recency (days since its last won deal), frequency (won deals), monetary value (their sum in the
/// reporting currency), the three quintile scores (1–5, 5 best) and its segment. A prospect has no won deal: zeros.
/// </summary>
public sealed record RfmScore(string AccountId, int? RecencyDays, int Frequency, decimal Monetary, int R, int F, int M, RfmSegment Segment);
