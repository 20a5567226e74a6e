using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>Open deals whose expected close day has passed: how many, their amount per currency, and the largest (up to 5 per currency).</summary>
public sealed record SlippedDealsResource(int Count, IReadOnlyList<MoneyResource> Amount, IReadOnlyList<SlippedDealResource> Largest)
{
    public static SlippedDealsResource From(SlippedDeals slipped)
    {
        ArgumentNullException.ThrowIfNull(slipped);
        return new(
            slipped.Count,
            MoneyResource.From(slipped.Amount),
            [.. slipped.Largest.Select(s => new SlippedDealResource(s.DealId, s.AccountId, s.Title, s.OwnerId, s.ExpectedCloseDate, s.DaysOverdue, new MoneyResource(s.Currency, s.Amount)))]);
    }
}
