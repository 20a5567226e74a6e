namespace TeamsCrm.Web.Tab.Charts;

/// <summary>What a chart's numbers are: money in one currency, counts, percentages (0–100) or days.</summary>
public enum ChartUnit
{
    Money,
    Count,
    Percent,
    Days,
}
