namespace TeamsCrm.Analytics.Pipeline;

/// <summary>Open deals of one stage or one owner: how many, their amounts and their weighted amounts (each per currency).</summary>
public sealed record PipelineSlice(string Key, int Count, CurrencyAmounts Amount, CurrencyAmounts Weighted)
{
    internal static PipelineSlice Of(string key, IReadOnlyCollection<DealFact> deals) => new(
        key,
        deals.Count,
        CurrencyAmounts.Sum(deals.Select(d => (d.Currency, d.Amount))),
        CurrencyAmounts.Sum(deals.Select(d => (d.Currency, d.WeightedAmount))));
}
