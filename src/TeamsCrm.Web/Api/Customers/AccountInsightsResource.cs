using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>
/// One account's customer figures: revenue and margin per month (last 12, oldest first) and quarter (last 4), per
/// currency; lifetime value per currency; RFM; going cold (null without a touch); each contact's best channel with
/// evidence; its open deals' scores (highest first).
/// </summary>
public sealed record AccountInsightsResource(
    string AccountId,
    string Name,
    DateTimeOffset AsOf,
    IReadOnlyList<RevenueResource> RevenueByMonth,
    IReadOnlyList<RevenueResource> RevenueByQuarter,
    IReadOnlyList<LifetimeValueResource> LifetimeValue,
    RfmResource Rfm,
    CoolingResource? Cooling,
    IReadOnlyList<ContactChannelResource> Contacts,
    IReadOnlyList<DealScoreResource> OpenDeals)
{
    public static AccountInsightsResource From(AccountInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        return new(
            insights.AccountId,
            insights.Name,
            insights.AsOf,
            [.. insights.RevenueByMonth.Select(RevenueResource.From)],
            [.. insights.RevenueByQuarter.Select(RevenueResource.From)],
            [.. insights.LifetimeValue.Select(v => new LifetimeValueResource(v.Currency, v.AnnualRevenue, Math.Round(v.MarginRatio, 4), v.MarginKnown, v.Value))],
            RfmResource.From(insights.Rfm),
            CoolingResource.From(insights.Cooling),
            [.. insights.Contacts.Select(ContactChannelResource.From)],
            [.. insights.OpenDeals.Select(DealScoreResource.From)]);
    }
}
