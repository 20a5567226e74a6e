using System.Globalization;
using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class CustomerInsightsServiceTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task GetAtRiskAsync_ColdCustomer_ListedWithEvidenceForMembersOnly()
    {
        var s = await CustomerScenario.CreateAsync("tenant-atrisk");
        var services = new CustomerServices(s.Crm);

        var members = (await services.Insights.GetAtRiskAsync(s.Lukas)).Value!;
        var guest = await services.Insights.GetAtRiskAsync(s.Guest);
        var stranger = (await services.Insights.GetAtRiskAsync(s.Stranger)).Value!;
        var tooMany = await services.Insights.GetAtRiskAsync(s.Megan, 101);

        var contoso = Assert.Single(members.Accounts);
        Assert.Equal(2, members.CustomersAssessed);
        Assert.Equal(("Contoso Ltd", s.Megan.UserId), (contoso.Name, contoso.Owner.UserId));
        Assert.Equal(RfmSegment.Loyal, contoso.Rfm.Segment);
        Assert.True(contoso.IsCold);
        Assert.Equal(21000m, contoso.Revenue["EUR"]);
        Assert.Equal(["loyal: last purchase 132 days ago, 3 purchases", "no touch in 97 days, usually every 3 h", "lifetime revenue 21,000 EUR"], contoso.Evidence(English));
        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Empty(stranger.Accounts);
        Assert.Equal(0, stranger.CustomersAssessed);
        Assert.Equal("top", tooMany.Error!.Fields.Single().Field);
    }

    [Fact]
    public async Task GetAccountAsync_Customer_RevenueValueSegmentCoolingChannelsAndScores()
    {
        var s = await CustomerScenario.CreateAsync("tenant-account");
        var services = new CustomerServices(s.Crm);

        var insights = (await services.Insights.GetAccountAsync(s.Lukas, s.Contoso.Id)).Value!;
        var guest = await services.Insights.GetAccountAsync(s.Guest, s.Contoso.Id);
        var stranger = await services.Insights.GetAccountAsync(s.Stranger, s.Contoso.Id);
        var unknown = await services.Insights.GetAccountAsync(s.Megan, "no-such-account");

        Assert.Equal("Contoso Ltd", insights.Name);
        Assert.Equal(12, insights.RevenueByMonth.Count);
        Assert.Equal(4, insights.RevenueByQuarter.Count);
        Assert.Equal(21000m, insights.RevenueByMonth.Sum(r => r.Revenue));
        Assert.Equal(21000m, insights.RevenueByQuarter.Sum(r => r.Revenue));
        Assert.Equal(21000m, Assert.Single(insights.LifetimeValue).AnnualRevenue);
        Assert.Equal(RfmSegment.Loyal, insights.Rfm.Segment);
        Assert.True(insights.Cooling!.IsCold);
        var jane = Assert.Single(insights.Contacts);
        Assert.Equal(("Jane Doe", InteractionChannel.Phone), (jane.Name, jane.BestChannel));
        Assert.Equal("Best reached by phone.", jane.Evidence(English)[0]);
        var renewal = Assert.Single(insights.OpenDeals);
        Assert.Equal(s.Open.Id, renewal.DealId);
        Assert.True(renewal.IsRuleBased);
        Assert.InRange(renewal.Score, 1, 99);
        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, stranger.Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, unknown.Error!.Kind);
    }
}
