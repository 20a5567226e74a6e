namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// RFM scores and segments for every account. Each score is the quintile of the account's value among the accounts
/// with a won deal, by cumulative share: score = ⌈5 × (accounts whose value is no better) ÷ (accounts scored)⌉, so
/// ties share a score and the best account always scores 5. Recency is better when smaller. Monetary value is
/// converted with the tenant's rate table; a won deal in a currency without a rate is left out of it (never guessed).
/// </summary>
public static class RfmScorer
{
    /// <summary>A customer whose first purchase is this recent (and who bought once) is "new".</summary>
    public const int DefaultNewCustomerDays = 90;

    public static IReadOnlyList<RfmScore> Score(
        IEnumerable<AccountFact> accounts,
        IEnumerable<DealFact> deals,
        DateTimeOffset asOf,
        ExchangeRates rates,
        int newCustomerDays = DefaultNewCustomerDays)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(rates);
        var wonByAccount = deals
            .Where(d => d.IsWon && d.ClosedAt <= asOf)
            .GroupBy(d => d.AccountId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var raw = wonByAccount.Select(pair => (
            AccountId: pair.Key,
            Recency: (int)Math.Floor((asOf - pair.Value.Max(d => d.ClosedAt!.Value)).TotalDays),
            FirstDays: (asOf - pair.Value.Min(d => d.ClosedAt!.Value)).TotalDays,
            Frequency: pair.Value.Count,
            Monetary: pair.Value.Sum(d => rates.TryConvert(d.Amount, d.Currency) ?? 0m))).ToList();
        var recency = raw.Select(r => (double)-r.Recency).ToList();
        var frequency = raw.Select(r => (double)r.Frequency).ToList();
        var monetary = raw.Select(r => (double)r.Monetary).ToList();
        var scored = raw.ToDictionary(
            r => r.AccountId,
            r =>
            {
                var (rs, fs, ms) = (Quintile(-r.Recency, recency), Quintile(r.Frequency, frequency), Quintile((double)r.Monetary, monetary));
                var isNew = r.Frequency == 1 && r.FirstDays <= newCustomerDays;
                return new RfmScore(r.AccountId, r.Recency, r.Frequency, r.Monetary, rs, fs, ms, RfmSegments.Classify(rs, fs, ms, isNew));
            },
            StringComparer.Ordinal);
        return
        [
            .. accounts
                .Select(a => a.Id)
                .Concat(scored.Keys)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(id => scored.GetValueOrDefault(id) ?? new RfmScore(id, null, 0, 0m, 0, 0, 0, RfmSegment.Prospect)),
        ];
    }

    /// <summary>⌈5 × share of values ≤ this one⌉, in 1…5.</summary>
    internal static int Quintile(double value, IReadOnlyCollection<double> all)
    {
        var share = (double)all.Count(v => v <= value) / all.Count;
        return Math.Clamp((int)Math.Ceiling(5 * share - 1e-9), 1, 5);
    }
}
