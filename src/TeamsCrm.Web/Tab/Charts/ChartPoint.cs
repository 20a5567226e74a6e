namespace TeamsCrm.Web.Tab.Charts;

/// <summary>One bar or column: its label (a stage, an owner, a month) and its value in the chart's unit.</summary>
public sealed record ChartPoint(string Label, decimal Value);
