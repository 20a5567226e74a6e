using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Customers;

/// <summary>Finds accounts going cold: no touchpoint (interaction in either direction) for longer than their usual rhythm allows.</summary>
public static class CoolingDetector
{
    /// <summary>Every account with a touchpoint up to <paramref name="asOf"/>, coldest first (days since ÷ threshold).</summary>
    public static IReadOnlyList<AccountCooling> Assess(IEnumerable<InteractionFact> interactions, DateTimeOffset asOf, CoolingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        options ??= new CoolingOptions();
        options.Validate();
        return
        [
            .. interactions
                .Where(i => i.OccurredAt <= asOf)
                .GroupBy(i => i.AccountId, StringComparer.Ordinal)
                .Select(g => Of(g.Key, [.. g.Select(i => i.OccurredAt).Distinct().Order()], asOf, options))
                .OrderByDescending(c => c.DaysSinceLastTouch / c.ThresholdDays)
                .ThenBy(c => c.AccountId, StringComparer.Ordinal),
        ];
    }

    private static AccountCooling Of(string accountId, IReadOnlyList<DateTimeOffset> touches, DateTimeOffset asOf, CoolingOptions options)
    {
        var gaps = touches.Zip(touches.Skip(1), (a, b) => (b - a).TotalDays).ToList();
        var median = gaps.Count >= options.MinimumGaps ? Descriptive.Median(gaps) : null;
        var threshold = median is { } m ? Math.Max(options.MinimumDays, m * options.Factor) : options.DefaultDays;
        var since = (asOf - touches[^1]).TotalDays;
        return new AccountCooling(accountId, touches[^1], since, median, threshold, since > threshold);
    }
}
