namespace TeamsCrm.Analytics.Pipeline;

public static partial class PipelineCalculator
{
    /// <summary>
    /// The <see cref="PipelineFigures"/> of a scope and period from the deals themselves, as of <paramref name="today"/>
    /// (slipped deals): what the summary must answer too. Durations in whole days, means only.
    /// </summary>
    public static PipelineFigures Figures(IEnumerable<DealFact> deals, AnalyticsScope scope, AnalyticsPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var inScope = deals.Where(scope.Includes).ToList();
        var open = inScope.Where(d => d.IsOpen).ToList();
        var closedInPeriod = inScope.Where(d => d.ClosedAt is { } at && period.Contains(at)).ToList();
        var won = closedInPeriod.Where(d => d.IsWon).ToList();
        var cohort = inScope.Where(d => period.Contains(d.CreatedAt)).ToList();
        return new PipelineFigures
        {
            OpenByStage = [.. StageOrder.Open.Select(stage => PipelineSlice.Of(stage.ToString(), [.. open.Where(d => d.Stage == stage)]))],
            OpenByOwner = [.. open.GroupBy(d => d.OwnerId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => PipelineSlice.Of(g.Key, [.. g]))],
            ForecastByMonth = Forecast(inScope, Buckets(period, months: 1)),
            ForecastByQuarter = Forecast(inScope, Buckets(period, months: 3)),
            UnscheduledWeighted = CurrencyAmounts.Sum(open.Where(d => d.ExpectedCloseDate is null).Select(d => (d.Currency, d.WeightedAmount))),
            WinRate = new WinRate(won.Count, closedInPeriod.Count - won.Count),
            AverageWonDealSize = CurrencyAmounts.Mean(won.Select(d => (d.Currency, d.Amount))),
            SalesCycle = new AverageDays(won.Count, won.Sum(d => (long)AverageDays.Between(d.CreatedAt, d.ClosedAt!.Value))),
            Conversion = Conversion(cohort),
            Velocity = [.. Stays(cohort).Select(s => new StageDays(s.Key, new AverageDays(s.Value.Count, s.Value.Sum(d => (long)d))))],
            Slipped = SlippedDeals.Of(Slipped(open, today)),
        };
    }
}
