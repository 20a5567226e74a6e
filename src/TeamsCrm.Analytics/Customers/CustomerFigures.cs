namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// RFM scores and "going cold" from a <see cref="CustomerSummary"/>'s totals, as of the moment of reading: the same
/// definitions and answers as <see cref="RfmScorer"/> and <see cref="CoolingDetector"/> over the facts the totals came
/// from (tested), without reading a deal or an interaction.
/// </summary>
public static class CustomerFigures
{
    /// <summary>The RFM score of every account of the totals with a won deal, by account id.</summary>
    public static IReadOnlyDictionary<string, RfmScore> Rfm(IEnumerable<CustomerTotals> totals, DateTimeOffset asOf, ExchangeRates rates, int newCustomerDays = RfmScorer.DefaultNewCustomerDays)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(rates);
        var raw = totals.Where(t => t.Wins > 0 && t.LastWin is not null).Select(t => (
            t.AccountId,
            Recency: (int)Math.Floor((asOf - t.LastWin!.Value).TotalDays),
            FirstDays: (asOf - t.FirstWin!.Value).TotalDays,
            Frequency: t.Wins,
            Monetary: t.Won.Sum(w => rates.TryConvert(w.Amount, w.Currency) ?? 0m))).ToList();
        var recency = raw.Select(r => (double)-r.Recency).ToList();
        var frequency = raw.Select(r => (double)r.Frequency).ToList();
        var monetary = raw.Select(r => (double)r.Monetary).ToList();
        return raw.ToDictionary(
            r => r.AccountId,
            r =>
            {
                var (rs, fs, ms) = (RfmScorer.Quintile(-r.Recency, recency), RfmScorer.Quintile(r.Frequency, frequency), RfmScorer.Quintile((double)r.Monetary, monetary));
                var isNew = r.Frequency == 1 && r.FirstDays <= newCustomerDays;
                return new RfmScore(r.AccountId, r.Recency, r.Frequency, r.Monetary, rs, fs, ms, RfmSegments.Classify(rs, fs, ms, isNew));
            },
            StringComparer.Ordinal);
    }

    /// <summary>The prospect score: an account without a won deal.</summary>
    public static RfmScore Prospect(string accountId) => new(accountId, null, 0, 0m, 0, 0, 0, RfmSegment.Prospect);

    /// <summary>Whether the account is going cold as of <paramref name="asOf"/>; null without a touchpoint.</summary>
    public static AccountCooling? Cooling(CustomerTotals totals, DateTimeOffset asOf, CoolingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        options ??= new CoolingOptions();
        if (totals.LastTouch is not { } last)
        {
            return null;
        }

        var median = totals.Touches - 1 >= options.MinimumGaps ? totals.MedianGapDays : null;
        var threshold = median is { } m ? Math.Max(options.MinimumDays, m * options.Factor) : options.DefaultDays;
        var since = (asOf - last).TotalDays;
        return new AccountCooling(totals.AccountId, last, since, median, threshold, since > threshold);
    }
}
