using System.Globalization;
using TeamsCrm.Core.Partners;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// The customer insights over HTTP: at-risk customers, an account's insights, a deal's score, the call list (members;
/// a guest 403), and the score model (CRM admins only). A user of another tenant is unknown to the directory and so
/// resolved as a guest: 403, whatever they ask (the services' tenant isolation is tested in Storage.Tests).
/// </summary>
[Collection(ApiTests.Name)]
public sealed class CustomerInsightsApiTests(ApiHost host)
{
    private static readonly Caller Stranger = new(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Stranger", CallerRole.Member);

    /// <summary>
    /// A user of another tenant is unknown to this host's directory, so the API treats them as a guest in no partner
    /// organisation: 403 with whom to ask (ApiAuthenticationTests shows it names no one of this tenant).
    /// </summary>
    private const string OtherTenantAnswer = "Api.NoPartnerOrganization";

    [Fact]
    public async Task GetAtRisk_MemberGuestOtherTenantAndBadTop()
    {
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var pat = host.ClientFor(DemoTenant.Pat);
        using var stranger = host.ClientFor(Stranger);

        var answer = (await lukas.GetAsync("/api/v1/insights/customers/at-risk?top=5")).Expect(HttpStatusCode.OK);
        (await pat.GetAsync("/api/v1/insights/customers/at-risk")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await stranger.GetAsync("/api/v1/insights/customers/at-risk")).ExpectProblem(HttpStatusCode.Forbidden, OtherTenantAnswer);
        var bad = (await lukas.GetAsync("/api/v1/insights/customers/at-risk?top=0")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");

        Assert.Equal("EUR", answer["reportingCurrency"]);
        Assert.InRange(answer.Json["accounts"]!.AsArray().Count, 0, 5);
        Assert.NotNull(bad["errors.top.0"]);
    }

    [Fact]
    public async Task GetAccountInsights_WonDeal_RevenueSegmentAndScoresForMembersOnly()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await DealAsync(DemoTenant.Megan, account.Id, new DealInput("Won", 2500m), DealStage.Qualified, DealStage.Proposal, DealStage.Won);
        var open = await DealAsync(DemoTenant.Megan, account.Id, new DealInput("Open", 900m));
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        using var lukas = host.ClientFor(DemoTenant.Lukas, "de");
        using var pat = host.ClientFor(DemoTenant.Pat);
        using var stranger = host.ClientFor(Stranger);

        var answer = (await lukas.GetAsync($"/api/v1/accounts/{account.Id}/insights")).Expect(HttpStatusCode.OK);
        (await pat.GetAsync($"/api/v1/accounts/{account.Id}/insights")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await stranger.GetAsync($"/api/v1/accounts/{account.Id}/insights")).ExpectProblem(HttpStatusCode.Forbidden, OtherTenantAnswer);
        (await lukas.GetAsync("/api/v1/accounts/no-such-account/insights")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");

        Assert.Equal(account.Name, answer["name"]);
        Assert.Equal(12, answer.Json["revenueByMonth"]!.AsArray().Count);
        Assert.Equal(2500m, answer.Json["revenueByMonth"]!.AsArray().Sum(r => (decimal)r!["revenue"]!));
        Assert.Equal("1", answer["rfm.frequency"]);
        Assert.Equal("Neukunden", answer["rfm.segmentName"]);
        Assert.Equal(open.Id, answer["openDeals.0.dealId"]);
        Assert.InRange(int.Parse(answer["openDeals.0.score"]!, CultureInfo.InvariantCulture), 0, 100);
    }

    [Fact]
    public async Task GetDealScore_Member_ScoreWithFactorsInWords_GuestAndOtherTenantForbidden()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await DealAsync(DemoTenant.Megan, account.Id, new DealInput("Scored", 4000m));
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var pat = host.ClientFor(DemoTenant.Pat);
        using var stranger = host.ClientFor(Stranger);
        var path = $"/api/v1/accounts/{account.Id}/deals/{deal.Id}/score";

        var answer = (await lukas.GetAsync(path)).Expect(HttpStatusCode.OK);
        (await pat.GetAsync(path)).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await stranger.GetAsync(path)).ExpectProblem(HttpStatusCode.Forbidden, OtherTenantAnswer);
        (await lukas.GetAsync($"/api/v1/accounts/{account.Id}/deals/no-such-deal/score")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");

        Assert.Equal((deal.Id, "Scored"), (answer["dealId"], answer["title"]));
        Assert.InRange(int.Parse(answer["score"]!, CultureInfo.InvariantCulture), 0, 100);
        Assert.NotEmpty(answer.Json["factors"]!.AsArray());
        Assert.Contains("%", answer["factors.0.text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCallList_OwnersSlippingDeal_ListedWithWhy_GuestForbidden()
    {
        var owner = DemoTenant.Alex;
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var today = DateOnly.FromDateTime(host.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var deal = await DealAsync(DemoTenant.Megan, account.Id, new DealInput("Overdue", 5000m, ExpectedCloseDate: today.AddDays(-4), Owner: owner.AsPerson()));
        using var client = host.ClientFor(owner);
        using var pat = host.ClientFor(DemoTenant.Pat);
        // The call list answers from the customer summary: refreshed here as the background service does every interval.
        await host.Factory.Services.GetRequiredService<CustomerSummaryRefresher>().RefreshAsync(DemoTenant.TenantId);

        var answer = (await client.GetAsync("/api/v1/insights/call-list?top=50")).Expect(HttpStatusCode.OK);
        (await pat.GetAsync("/api/v1/insights/call-list")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        var bad = (await client.GetAsync("/api/v1/insights/call-list?top=51")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");

        var call = Assert.Single(answer.Json["calls"]!.AsArray(), c => (string?)c!["dealId"] == deal.Id)!;
        Assert.Equal(("Overdue", account.Name), ((string?)call["dealTitle"], (string?)call["accountName"]));
        Assert.Equal("Slipping", (string?)call["reasons"]![0]);
        Assert.Equal("expected close passed 4 days ago", (string?)call["why"]![0]);
        Assert.All(answer.Json["calls"]!.AsArray(), c => Assert.NotNull((string?)c!["accountName"]));
        Assert.NotNull(bad["errors.top.0"]);
    }

    [Fact]
    public async Task ScoreModel_CrmAdminSeesAndRetrains_MembersAndGuestsForbidden()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var pat = host.ClientFor(DemoTenant.Pat);

        var status = (await megan.GetAsync("/api/v1/insights/model")).Expect(HttpStatusCode.OK);
        var retrained = (await megan.PostAsync("/api/v1/insights/model/retrain")).Expect(HttpStatusCode.OK);
        (await lukas.GetAsync("/api/v1/insights/model")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await lukas.PostAsync("/api/v1/insights/model/retrain")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await pat.GetAsync("/api/v1/insights/model")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");

        Assert.NotNull(status["trainedAt"]);
        Assert.NotNull(status["description"]);
        Assert.Equal(
            int.Parse(retrained["closedDeals"]!, CultureInfo.InvariantCulture),
            int.Parse(retrained["won"]!, CultureInfo.InvariantCulture) + int.Parse(retrained["lost"]!, CultureInfo.InvariantCulture));
    }

    private async Task<Deal> DealAsync(Caller caller, string accountId, DealInput input, params DealStage[] stages)
    {
        var deals = host.Factory.Services.GetRequiredService<DealService>();
        var created = await deals.CreateAsync(caller, accountId, input);
        Assert.True(created.IsSuccess, created.Error?.Code);
        var deal = created.Value!;
        foreach (var stage in stages)
        {
            var moved = await deals.ChangeStageAsync(caller, accountId, deal.Id, stage, null);
            Assert.True(moved.IsSuccess, moved.Error?.Code);
            deal = moved.Value!;
        }

        return deal;
    }
}
