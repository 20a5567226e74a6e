using TeamsCrm.Analytics.Money;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// What one chart may show: one <see cref="ChartSet"/>, or for money one per currency (the chart offers a switch).
/// </summary>
public sealed record ChartData(IReadOnlyList<ChartSet> Sets)
{
    public static ChartData Empty { get; } = new([]);

    public static ChartData Of(ChartUnit unit, IEnumerable<ChartPoint> points) => new([new ChartSet(unit, [.. points])]);

    /// <summary>
    /// Money per label, one set per currency that any label has: every label appears in every set (0 where it has
    /// nothing in that currency), in the order given, so the sets compare row by row.
    /// </summary>
    public static ChartData PerCurrency(IEnumerable<(string Label, CurrencyAmounts Amounts)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var currencies = list.SelectMany(r => r.Amounts.Currencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new([.. currencies.Select(c => new ChartSet(ChartUnit.Money, [.. list.Select(r => new ChartPoint(r.Label, r.Amounts[c]))], c))]);
    }

    public bool HasData => Sets.Any(s => s.HasData);
}
