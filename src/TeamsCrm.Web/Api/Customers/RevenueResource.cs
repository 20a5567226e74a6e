using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>Revenue of the deals won in [start, end) in one currency, and the margin of its costed lines (null when no cost is known).</summary>
public sealed record RevenueResource(DateOnly Start, DateOnly End, string Currency, decimal Revenue, decimal? Margin, decimal CostedRevenue)
{
    public static RevenueResource From(AccountRevenue revenue)
    {
        ArgumentNullException.ThrowIfNull(revenue);
        return new(revenue.Start, revenue.End, revenue.Currency, revenue.Revenue, revenue.Margin, revenue.CostedRevenue);
    }
}
