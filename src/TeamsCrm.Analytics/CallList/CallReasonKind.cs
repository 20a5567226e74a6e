namespace TeamsCrm.Analytics.CallList;

/// <summary>Why a deal is on the call list; each kind has its phrase in AnalyticsTexts ("Call.{kind}").</summary>
public enum CallReasonKind
{
    /// <summary>The chance to win (percent) times the deal's value.</summary>
    Value,
    /// <summary>The expected close date has passed (days overdue).</summary>
    Slipping,
    /// <summary>Expected to close within 14 days (days left).</summary>
    ClosingSoon,
    /// <summary>The account is going cold (days since the last touch, its usual gap).</summary>
    Cooling,
}
