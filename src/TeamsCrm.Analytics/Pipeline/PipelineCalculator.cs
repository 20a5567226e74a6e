namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// Computes a <see cref="PipelineReport"/> from deal facts. Pure: the caller passes the day it is as of (from its
/// TimeProvider). Which deals each figure uses: the open pipeline and slipped deals are a snapshot of the deals open
/// now; the forecast covers the period's months and quarters; win rate, average won deal size and the sales cycle use
/// the deals closed in the period; conversion and velocity the deals created in the period (a cohort).
/// </summary>
public static partial class PipelineCalculator
{
    public static PipelineReport Compute(IEnumerable<DealFact> deals, AnalyticsScope scope, AnalyticsPeriod period, DateTimeOffset asOf)
    {
        var (figures, selected) = FiguresOf(deals, scope, period, AnalyticsPeriod.UtcDay(asOf));
        return new PipelineReport
        {
            Period = period,
            AsOf = asOf,
            OpenByStage = figures.OpenByStage,
            OpenByOwner = figures.OpenByOwner,
            ForecastByMonth = figures.ForecastByMonth,
            ForecastByQuarter = figures.ForecastByQuarter,
            UnscheduledWeighted = figures.UnscheduledWeighted,
            WinRate = figures.WinRate,
            AverageWonDealSize = figures.AverageWonDealSize,
            SalesCycle = DurationSummary.Of([.. selected.Won.Select(d => (double)AverageDays.Between(d.CreatedAt, d.ClosedAt!.Value))]),
            Conversion = figures.Conversion,
            Velocity = Velocity(selected.Cohort),
            Slipped = Slipped(selected.Open, AnalyticsPeriod.UtcDay(asOf)),
        };
    }

    internal static List<StageConversion> Conversion(IReadOnlyCollection<DealFact> cohort)
    {
        var furthest = cohort.Select(StageOrder.FurthestReached).ToList();
        return [.. Enumerable.Range(0, StageOrder.Forward.Count - 1).Select(k => new StageConversion(
            StageOrder.Forward[k],
            StageOrder.Forward[k + 1],
            furthest.Count(f => f >= k),
            furthest.Count(f => f >= k + 1)))];
    }

    internal static List<SlippedDeal> Slipped(IEnumerable<DealFact> open, DateOnly today) =>
    [
        .. open
            .Where(d => d.ExpectedCloseDate is { } expected && expected < today)
            .Select(d => new SlippedDeal(d.Id, d.AccountId, d.OwnerId, d.ExpectedCloseDate!.Value, today.DayNumber - d.ExpectedCloseDate!.Value.DayNumber, d.Amount, d.Currency, d.Title))
            .OrderByDescending(s => s.DaysOverdue)
            .ThenBy(s => s.DealId, StringComparer.Ordinal),
    ];
}
