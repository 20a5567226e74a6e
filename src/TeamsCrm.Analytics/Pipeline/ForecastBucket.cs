namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// One month or quarter of the forecast, [Start, End): what was won in it (closed there) plus the weighted amount of
/// the open deals expected to close in it; per currency.
/// </summary>
public sealed record ForecastBucket(DateOnly Start, DateOnly End, CurrencyAmounts Won, CurrencyAmounts WeightedOpen)
{
    /// <summary>Won plus weighted open, per currency.</summary>
    public CurrencyAmounts Total => CurrencyAmounts.Sum(Won.Entries().Concat(WeightedOpen.Entries()));
}
