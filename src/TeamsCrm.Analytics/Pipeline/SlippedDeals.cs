namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// The open deals whose expected close date is before today: how many, their amount per currency, and the largest of
/// them — up to <see cref="LargestPerCurrency"/> per currency (amounts are not compared across currencies), ordered by
/// currency (ordinal), then amount (largest first), then deal id.
/// </summary>
public sealed record SlippedDeals(int Count, CurrencyAmounts Amount, IReadOnlyList<SlippedDeal> Largest)
{
    public const int LargestPerCurrency = 5;

    public static SlippedDeals None { get; } = new(0, CurrencyAmounts.Empty, []);

    /// <summary>The figure of these slipped deals: count, amount and the largest per currency, in the order above.</summary>
    public static SlippedDeals Of(IReadOnlyCollection<SlippedDeal> slipped)
    {
        ArgumentNullException.ThrowIfNull(slipped);
        return new(slipped.Count, CurrencyAmounts.Sum(slipped.Select(s => (s.Currency, s.Amount))), LargestOf(slipped));
    }

    /// <summary>The largest per currency, in the order above.</summary>
    public static IReadOnlyList<SlippedDeal> LargestOf(IEnumerable<SlippedDeal> slipped) =>
    [
        .. slipped
            .GroupBy(s => s.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(s => s.Amount).ThenBy(s => s.DealId, StringComparer.Ordinal).Take(LargestPerCurrency)),
    ];
}
