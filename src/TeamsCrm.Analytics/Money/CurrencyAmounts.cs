using System.Collections.Immutable;

namespace TeamsCrm.Analytics.Money;

/// <summary>
/// Money kept per currency (ISO code → amount). Amounts in different currencies are never added together; turning
/// them into one figure takes an <see cref="ExchangeRates"/> table (<see cref="ExchangeRates.Convert(CurrencyAmounts)"/>).
/// </summary>
public sealed class CurrencyAmounts
{
    private readonly ImmutableSortedDictionary<string, decimal> _amounts;

    private CurrencyAmounts(ImmutableSortedDictionary<string, decimal> amounts) => _amounts = amounts;

    public static CurrencyAmounts Empty { get; } = new(ImmutableSortedDictionary<string, decimal>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The currencies present, in order.</summary>
    public IEnumerable<string> Currencies => _amounts.Keys;

    public bool IsEmpty => _amounts.IsEmpty;

    /// <summary>The amount in one currency; 0 when there is none in it.</summary>
    public decimal this[string currency] => _amounts.GetValueOrDefault(currency);

    public static CurrencyAmounts Sum(IEnumerable<(string Currency, decimal Amount)> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var builder = Empty._amounts.ToBuilder();
        foreach (var (currency, amount) in amounts)
        {
            builder[currency] = builder.GetValueOrDefault(currency) + amount;
        }

        return new CurrencyAmounts(builder.ToImmutable());
    }

    /// <summary>The mean per currency: each currency's sum divided by the number of amounts in that currency.</summary>
    public static CurrencyAmounts Mean(IEnumerable<(string Currency, decimal Amount)> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var means = amounts
            .GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => (g.Key, Math.Round(g.Sum(a => a.Amount) / g.Count(), 2, MidpointRounding.AwayFromZero)));
        return Sum(means);
    }

    public IEnumerable<(string Currency, decimal Amount)> Entries() => _amounts.Select(a => (a.Key, a.Value));

    public override string ToString() =>
        string.Join(", ", _amounts.Select(a => $"{a.Value.ToString("0.##", CultureInfo.InvariantCulture)} {a.Key}"));
}
