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
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var inScope = deals.Where(scope.Includes).ToList();
        var open = inScope.Where(d => d.IsOpen).ToList();
        var closedInPeriod = inScope.Where(d => d.ClosedAt is { } at && period.Contains(at)).ToList();
        var won = closedInPeriod.Where(d => d.IsWon).ToList();
        var cohort = inScope.Where(d => period.Contains(d.CreatedAt)).ToList();
        return new PipelineReport
        {
            Period = period,
            AsOf = asOf,
            OpenByStage = [.. StageOrder.Open.Select(stage => PipelineSlice.Of(stage.ToString(), [.. open.Where(d => d.Stage == stage)]))],
            OpenByOwner = [.. open.GroupBy(d => d.OwnerId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => PipelineSlice.Of(g.Key, [.. g]))],
            ForecastByMonth = Forecast(inScope, Buckets(period, months: 1)),
            ForecastByQuarter = Forecast(inScope, Buckets(period, months: 3)),
            UnscheduledWeighted = CurrencyAmounts.Sum(open.Where(d => d.ExpectedCloseDate is null).Select(d => (d.Currency, d.WeightedAmount))),
            WinRate = new WinRate(won.Count, closedInPeriod.Count - won.Count),
            AverageWonDealSize = CurrencyAmounts.Mean(won.Select(d => (d.Currency, d.Amount))),
            SalesCycle = DurationSummary.Of([.. won.Select(d => (double)AverageDays.Between(d.CreatedAt, d.ClosedAt!.Value))]),
            Conversion = Conversion(cohort),
            Velocity = Velocity(cohort),
            Slipped = Slipped(open, AnalyticsPeriod.UtcDay(asOf)),
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
            .Select(d => new SlippedDeal(d.Id, d.AccountId, d.OwnerId, d.ExpectedCloseDate!.Value, today.DayNumber - d.ExpectedCloseDate!.Value.DayNumber, d.Amount, d.Currency))
            .OrderByDescending(s => s.DaysOverdue)
            .ThenBy(s => s.DealId, StringComparer.Ordinal),
    ];
}
