namespace TeamsCrm.Analytics.Customers;

/// <summary>Estimates <see cref="LifetimeValue"/> per account and currency from the won deals up to a day.</summary>
public static class LifetimeValueEstimator
{
    /// <summary>The expected lifetime of a customer when the tenant sets none: three years.</summary>
    public const double DefaultLifetimeYears = 3;

    public static IReadOnlyList<LifetimeValue> Estimate(IEnumerable<DealFact> deals, DateTimeOffset asOf, double lifetimeYears = DefaultLifetimeYears)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifetimeYears);
        return
        [
            .. deals
                .Where(d => d.IsWon && d.ClosedAt <= asOf)
                .GroupBy(d => (d.AccountId, d.Currency))
                .OrderBy(g => g.Key.AccountId, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .Select(g => Of(g.Key.AccountId, g.Key.Currency, [.. g], asOf, (decimal)lifetimeYears)),
        ];
    }

    private static LifetimeValue Of(string accountId, string currency, IReadOnlyCollection<DealFact> won, DateTimeOffset asOf, decimal lifetimeYears)
    {
        var firstWin = won.Min(d => d.ClosedAt!.Value);
        var years = Math.Max(1m, (decimal)(asOf - firstWin).TotalDays / 365.25m);
        var annual = Math.Round(won.Sum(d => d.Amount) / years, 2, MidpointRounding.AwayFromZero);
        var (margin, costed) = RevenueCalculator.MarginOf(won);
        var ratio = margin is { } m && costed > 0 ? m / costed : 1m;
        var value = Math.Round(annual * ratio * lifetimeYears, 2, MidpointRounding.AwayFromZero);
        return new LifetimeValue(accountId, currency, annual, ratio, margin is not null, value);
    }
}
