namespace TeamsCrm.Analytics.Pipeline;

public static partial class PipelineCalculator
{
    /// <summary>
    /// Calendar months (or quarters) overlapping the period, each cut to the period: a period from 15 Jan to 15 Mar
    /// has the buckets 15–31 Jan, February and 1–14 Mar.
    /// </summary>
    internal static List<(DateOnly Start, DateOnly End)> Buckets(AnalyticsPeriod period, int months)
    {
        var buckets = new List<(DateOnly, DateOnly)>();
        var firstMonth = period.From.Month - 1 - ((period.From.Month - 1) % months) + 1;
        var start = new DateOnly(period.From.Year, firstMonth, 1);
        while (start < period.To)
        {
            var end = start.AddMonths(months);
            buckets.Add((Max(start, period.From), Min(end, period.To)));
            start = end;
        }

        return buckets;
    }

    private static List<ForecastBucket> Forecast(IReadOnlyCollection<DealFact> deals, List<(DateOnly Start, DateOnly End)> buckets) =>
    [
        .. buckets.Select(b =>
        {
            bool Within(DateOnly day) => day >= b.Start && day < b.End;
            var won = deals.Where(d => d.IsWon && d.ClosedAt is { } at && Within(AnalyticsPeriod.UtcDay(at)));
            var open = deals.Where(d => d.IsOpen && d.ExpectedCloseDate is { } expected && Within(expected));
            return new ForecastBucket(
                b.Start,
                b.End,
                CurrencyAmounts.Sum(won.Select(d => (d.Currency, d.Amount))),
                CurrencyAmounts.Sum(open.Select(d => (d.Currency, d.WeightedAmount))));
        }),
    ];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
