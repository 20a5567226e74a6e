using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Customers;

/// <summary>Revenue and margin per account over time buckets (months, quarters, …) of a period, per currency.</summary>
public static class RevenueCalculator
{
    /// <summary>
    /// One row per account, currency and bucket for every account with revenue in the period; a bucket without
    /// revenue has a row of zeros, so a chart shows the gap.
    /// </summary>
    public static IReadOnlyList<AccountRevenue> ByAccount(IEnumerable<DealFact> deals, AnalyticsPeriod period, int monthsPerBucket = 1)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsPerBucket, 1);
        var won = deals.Where(d => d.IsWon && d.ClosedAt is { } at && period.Contains(at)).ToList();
        var buckets = PipelineCalculator.Buckets(period, monthsPerBucket);
        return
        [
            .. won
                .GroupBy(d => (d.AccountId, d.Currency))
                .OrderBy(g => g.Key.AccountId, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .SelectMany(g => buckets.Select(b => Row(g.Key.AccountId, g.Key.Currency, b.Start, b.End, [.. g.Where(d => Within(d, b.Start, b.End))]))),
        ];
    }

    /// <summary>Margin of the costed lines: Σ (line amount − line cost); null when no line has a cost.</summary>
    internal static (decimal? Margin, decimal CostedRevenue) MarginOf(IEnumerable<DealFact> deals)
    {
        var costed = deals.SelectMany(d => d.Products).Where(p => p.Cost is not null).ToList();
        return costed.Count == 0 ? (null, 0m) : (costed.Sum(p => p.Amount - p.Cost!.Value), costed.Sum(p => p.Amount));
    }

    private static AccountRevenue Row(string accountId, string currency, DateOnly start, DateOnly end, IReadOnlyCollection<DealFact> deals)
    {
        var (margin, costed) = MarginOf(deals);
        return new AccountRevenue(accountId, start, end, currency, deals.Sum(d => d.Amount), margin, costed);
    }

    private static bool Within(DealFact deal, DateOnly start, DateOnly end)
    {
        var day = AnalyticsPeriod.UtcDay(deal.ClosedAt!.Value);
        return day >= start && day < end;
    }
}
