namespace TeamsCrm.Analytics.Money;

/// <summary>
/// A tenant's rate table: how many units of <see cref="ReportingCurrency"/> one unit of another currency is worth.
/// Figures that need one scale (RFM's monetary value, the score model's amount band, converted pipeline totals) use
/// it; an amount in a currency without a rate is left out and reported as such, never guessed.
/// </summary>
public sealed class ExchangeRates
{
    private readonly Dictionary<string, decimal> _rates;

    public ExchangeRates(string reportingCurrency, IReadOnlyDictionary<string, decimal>? rates = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportingCurrency);
        ReportingCurrency = reportingCurrency;
        _rates = new Dictionary<string, decimal>(StringComparer.Ordinal) { [reportingCurrency] = 1m };
        foreach (var (currency, rate) in rates ?? new Dictionary<string, decimal>())
        {
            if (rate <= 0)
            {
                throw new ArgumentException($"The rate of {currency} must be positive.", nameof(rates));
            }

            _rates[currency] = rate;
        }
    }

    public string ReportingCurrency { get; }

    /// <summary>A table that knows only the reporting currency: every other currency stays unconverted.</summary>
    public static ExchangeRates Only(string reportingCurrency) => new(reportingCurrency);

    public decimal? TryConvert(decimal amount, string currency) =>
        _rates.TryGetValue(currency, out var rate) ? amount * rate : null;

    public ConvertedTotal Convert(CurrencyAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        var missing = new List<string>();
        foreach (var (currency, amount) in amounts.Entries())
        {
            if (TryConvert(amount, currency) is { } converted)
            {
                total += converted;
            }
            else
            {
                missing.Add(currency);
            }
        }

        return new ConvertedTotal(ReportingCurrency, Math.Round(total, 2, MidpointRounding.AwayFromZero), missing);
    }
}
