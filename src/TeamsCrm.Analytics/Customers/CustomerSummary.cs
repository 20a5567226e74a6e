using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// A tenant's customer figures as last computed from its facts (<see cref="ComputedAt"/>): one
/// <see cref="CustomerTotals"/> per account with a won deal or a touchpoint, in account id order. The at-risk list and
/// an account's RFM segment read it instead of the deals and interactions (one partition read).
/// </summary>
public sealed record CustomerSummary(DateTimeOffset ComputedAt, IReadOnlyList<CustomerTotals> Accounts)
{
    /// <summary>The totals of every account with a won deal or an interaction up to <paramref name="computedAt"/>.</summary>
    public static CustomerSummary From(IEnumerable<DealFact> deals, IEnumerable<InteractionFact> interactions, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(interactions);
        var won = deals.Where(d => d.IsWon && d.ClosedAt <= computedAt).ToLookup(d => d.AccountId, StringComparer.Ordinal);
        var touches = interactions.Where(i => i.OccurredAt <= computedAt).ToLookup(i => i.AccountId, StringComparer.Ordinal);
        return new CustomerSummary(
            computedAt,
            [.. won.Select(g => g.Key).Union(touches.Select(g => g.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => Totals(id, [.. won[id]], [.. touches[id]]))]);
    }

    /// <summary>One account's totals from its won deals and its interactions.</summary>
    public static CustomerTotals Totals(string accountId, IReadOnlyCollection<DealFact> won, IReadOnlyCollection<InteractionFact> interactions)
    {
        ArgumentNullException.ThrowIfNull(won);
        ArgumentNullException.ThrowIfNull(interactions);
        var times = interactions.Select(i => i.OccurredAt).Distinct().Order().ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalDays).ToList();
        return new CustomerTotals
        {
            AccountId = accountId,
            FirstWin = won.Count == 0 ? null : won.Min(d => d.ClosedAt),
            LastWin = won.Count == 0 ? null : won.Max(d => d.ClosedAt),
            Wins = won.Count,
            Won = [.. won.GroupBy(d => d.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MoneyTotal(g.Key, g.Sum(d => d.Amount)))],
            LastTouch = times.Count == 0 ? null : times[^1],
            Touches = times.Count,
            MedianGapDays = Descriptive.Median(gaps),
            LastContactId = interactions.Where(i => !string.IsNullOrEmpty(i.ContactId)).OrderBy(i => i.OccurredAt).LastOrDefault()?.ContactId,
        };
    }
}
