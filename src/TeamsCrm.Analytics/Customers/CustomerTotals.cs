namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// One account's additive customer figures, as the customer summary keeps them: its won deals (first and last win,
/// count, Σ amount per currency) and its touchpoints (last touch, distinct touch times, median gap in days between
/// them). RFM and "going cold" are computed from these at the moment of reading, so they stay right between refreshes.
/// <see cref="LastContactId"/> is the contact of the account's latest interaction (whom a call list suggests).
/// </summary>
public sealed record CustomerTotals
{
    public required string AccountId { get; init; }
    public DateTimeOffset? FirstWin { get; init; }
    public DateTimeOffset? LastWin { get; init; }
    public int Wins { get; init; }
    public IReadOnlyList<MoneyTotal> Won { get; init; } = [];
    public DateTimeOffset? LastTouch { get; init; }
    public int Touches { get; init; }
    public double? MedianGapDays { get; init; }
    public string? LastContactId { get; init; }

    public CurrencyAmounts Revenue() => CurrencyAmounts.Sum(Won.Select(w => (w.Currency, w.Amount)));
}
