namespace TeamsCrm.Analytics.Tests.Money;

public sealed class MoneyTests
{
    [Fact]
    public void Sum_DifferentCurrencies_StaysPerCurrency()
    {
        var sum = CurrencyAmounts.Sum([("EUR", 100m), ("USD", 50m), ("EUR", 25m)]);

        Assert.Equal(125m, sum["EUR"]);
        Assert.Equal(50m, sum["USD"]);
        Assert.Equal(0m, sum["CHF"]);
        Assert.Equal(["EUR", "USD"], sum.Currencies);
    }

    [Fact]
    public void Mean_PerCurrency_DividesByThatCurrencysCount()
    {
        var mean = CurrencyAmounts.Mean([("EUR", 100m), ("EUR", 200m), ("USD", 10m)]);

        Assert.Equal("150 EUR, 10 USD", mean.ToString());
    }

    [Fact]
    public void Convert_WithRates_AddsInTheReportingCurrencyAndNamesWhatItCannot()
    {
        var rates = new ExchangeRates("EUR", new Dictionary<string, decimal> { ["USD"] = 0.9m });

        var total = rates.Convert(CurrencyAmounts.Sum([("EUR", 100m), ("USD", 200m), ("CHF", 70m)]));

        Assert.Equal(280m, total.Amount);
        Assert.Equal("EUR", total.Currency);
        Assert.Equal(["CHF"], total.Unconverted);
        Assert.False(total.IsComplete);
    }

    [Fact]
    public void Constructor_NonPositiveRate_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExchangeRates("EUR", new Dictionary<string, decimal> { ["USD"] = 0m }));

        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
    }
}
