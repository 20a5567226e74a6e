using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>The customers at risk, ranked (both signals first, then lifetime revenue in the reporting currency, then how far past their rhythm).</summary>
public sealed record AtRiskResource(DateTimeOffset AsOf, DateTimeOffset ComputedAt, int CustomersAssessed, string ReportingCurrency, IReadOnlyList<AtRiskAccountResource> Accounts)
{
    public static AtRiskResource From(AtRiskCustomers list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.AsOf, list.ComputedAt, list.CustomersAssessed, list.ReportingCurrency, [.. list.Accounts.Select(AtRiskAccountResource.From)]);
    }
}
