using System.Globalization;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Insights;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>One customer at risk with its evidence (days are days; <see cref="Evidence"/> in the request's language).</summary>
public sealed record AtRiskAccountResource(
    string AccountId,
    string Name,
    PersonRef Owner,
    RfmResource Rfm,
    bool SegmentAtRisk,
    bool IsCold,
    CoolingResource? Cooling,
    DateTimeOffset? LastWin,
    IReadOnlyList<MoneyResource> Revenue,
    decimal RevenueConverted,
    IReadOnlyList<string> Evidence)
{
    public static AtRiskAccountResource From(AtRiskAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(
            account.AccountId,
            account.Name,
            account.Owner,
            RfmResource.From(account.Rfm),
            account.SegmentAtRisk,
            account.IsCold,
            CoolingResource.From(account.Cooling),
            account.LastWin,
            MoneyResource.From(account.Revenue),
            account.RevenueConverted,
            account.Evidence(CultureInfo.CurrentUICulture));
    }
}
