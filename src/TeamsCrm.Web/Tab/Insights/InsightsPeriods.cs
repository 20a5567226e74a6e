using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Web.Tab.Insights;

/// <summary>Turns a period choice into the months it covers, counted from the viewer's today.</summary>
public static class InsightsPeriods
{
    public static AnalyticsPeriod For(InsightsPeriodChoice choice, DateOnly today)
    {
        var quarter = ((today.Month - 1) / 3) + 1;
        return choice switch
        {
            InsightsPeriodChoice.NextQuarter => quarter == 4 ? AnalyticsPeriod.Quarter(today.Year + 1, 1) : AnalyticsPeriod.Quarter(today.Year, quarter + 1),
            InsightsPeriodChoice.Last12Months => new AnalyticsPeriod(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), new DateOnly(today.Year, today.Month, 1).AddMonths(1)),
            InsightsPeriodChoice.ThisYear => AnalyticsPeriod.Year(today.Year),
            _ => AnalyticsPeriod.Quarter(today.Year, quarter),
        };
    }
}
