namespace TeamsCrm.Analytics.Pipeline;

public sealed partial class PipelineAggregate
{
    /// <summary>
    /// Every figure of a scope and a period of whole months from the totals, without the slipped deals
    /// (<see cref="SlippedDeals.None"/>; the summary adds them from its <see cref="SlippedSnapshot"/>).
    /// </summary>
    public PipelineFigures Figures(AnalyticsScope scope, AnalyticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.From.Day != 1 || period.To.Day != 1)
        {
            throw new ArgumentException("The aggregate answers for whole months: a period must start and end on the first of a month.", nameof(period));
        }

        var books = Books(scope).Select(b => b.Value).ToList();
        var closed = books.SelectMany(b => b.Closed.Entries).Where(e => period.Contains(e.Key.Month)).ToList();
        var won = closed.Where(e => e.Key.Won).ToList();
        var cohort = books.SelectMany(b => b.Cohort.Entries).Where(e => period.Contains(e.Key.Month)).ToList();
        var stays = books.SelectMany(b => b.Stays.Entries).Where(e => period.Contains(e.Key.Month)).ToList();
        var scheduled = books.SelectMany(b => b.Scheduled.Entries).ToList();
        return new PipelineFigures
        {
            OpenByStage = [.. StageOrder.Open.Select(stage => Slice(stage.ToString(), books.SelectMany(b => b.Open.Entries).Where(e => e.Key.Stage == stage).Select(e => (e.Key.Currency, e.Value))))],
            OpenByOwner = [.. Books(scope).Where(b => !b.Value.Open.IsEmpty).Select(b => Slice(b.Key, b.Value.Open.Entries.Select(e => (e.Key.Currency, e.Value))))],
            ForecastByMonth = Forecast(PipelineCalculator.Buckets(period, months: 1), won, scheduled),
            ForecastByQuarter = Forecast(PipelineCalculator.Buckets(period, months: 3), won, scheduled),
            UnscheduledWeighted = CurrencyAmounts.Sum(scheduled.Where(e => e.Key.Month is null).Select(e => (e.Key.Currency, e.Value.Weighted))),
            WinRate = new WinRate(won.Sum(e => e.Value.Count), closed.Where(e => !e.Key.Won).Sum(e => e.Value.Count)),
            AverageWonDealSize = CurrencyAmounts.Sum(won.GroupBy(e => e.Key.Currency, StringComparer.Ordinal)
                .Select(g => (g.Key, Math.Round(g.Sum(e => e.Value.Amount) / g.Sum(e => e.Value.Count), 2, MidpointRounding.AwayFromZero)))),
            SalesCycle = new AverageDays(won.Sum(e => e.Value.Count), won.Sum(e => e.Value.Days)),
            Conversion = [.. Enumerable.Range(0, StageOrder.Forward.Count - 1).Select(k => new StageConversion(
                StageOrder.Forward[k],
                StageOrder.Forward[k + 1],
                cohort.Where(e => e.Key.Furthest >= k).Sum(e => e.Value.Count),
                cohort.Where(e => e.Key.Furthest >= k + 1).Sum(e => e.Value.Count)))],
            Velocity = [.. StageOrder.Open.Select(stage =>
            {
                var of = stays.Where(e => e.Key.Stage == stage).ToList();
                return new StageDays(stage, new AverageDays(of.Sum(e => e.Value.Count), of.Sum(e => e.Value.Days)));
            })],
            Slipped = SlippedDeals.None,
        };
    }

    private static PipelineSlice Slice(string key, IEnumerable<(string Currency, DealSums Sums)> rows)
    {
        var list = rows.ToList();
        return new PipelineSlice(
            key,
            list.Sum(r => r.Sums.Count),
            CurrencyAmounts.Sum(list.Select(r => (r.Currency, r.Sums.Amount))),
            CurrencyAmounts.Sum(list.Select(r => (r.Currency, r.Sums.Weighted))));
    }

    private static List<ForecastBucket> Forecast(
        List<(DateOnly Start, DateOnly End)> buckets,
        List<KeyValuePair<(string Currency, DateOnly Month, bool Won), DealSums>> won,
        List<KeyValuePair<(string Currency, DateOnly? Month), DealSums>> scheduled) =>
    [
        .. buckets.Select(b => new ForecastBucket(
            b.Start,
            b.End,
            CurrencyAmounts.Sum(won.Where(e => e.Key.Month >= b.Start && e.Key.Month < b.End).Select(e => (e.Key.Currency, e.Value.Amount))),
            CurrencyAmounts.Sum(scheduled.Where(e => e.Key.Month is { } month && month >= b.Start && month < b.End).Select(e => (e.Key.Currency, e.Value.Weighted))))),
    ];
}
