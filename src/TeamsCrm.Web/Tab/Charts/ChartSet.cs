namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// The data one chart draws: points in one unit, and for money one currency (<see cref="Currency"/>; amounts in
/// different currencies are never drawn on one scale). Empty, or all zero, is "no data".
/// </summary>
public sealed record ChartSet(ChartUnit Unit, IReadOnlyList<ChartPoint> Points, string Currency = "")
{
    public bool HasData => Points.Any(p => p.Value != 0);
}
