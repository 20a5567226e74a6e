namespace TeamsCrm.Web.Tab.Charts;

/// <summary>How a chart draws its points: horizontal bars, columns over time, or a funnel (bars centred).</summary>
public enum ChartKind
{
    Bars,
    Columns,
    Funnel,
}
