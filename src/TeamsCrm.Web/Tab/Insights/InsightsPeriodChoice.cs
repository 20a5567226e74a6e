namespace TeamsCrm.Web.Tab.Insights;

/// <summary>The periods the insights page offers, each whole months (what the insights query takes).</summary>
public enum InsightsPeriodChoice
{
    ThisQuarter,
    NextQuarter,
    Last12Months,
    ThisYear,
}
