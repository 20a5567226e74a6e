using TeamsCrm.Analytics.Money;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>An amount in one currency; figures list one per currency (never converted).</summary>
public sealed record MoneyResource(string Currency, decimal Amount)
{
    public static IReadOnlyList<MoneyResource> From(CurrencyAmounts amounts) =>
        [.. amounts.Entries().Select(a => new MoneyResource(a.Currency, a.Amount))];
}
