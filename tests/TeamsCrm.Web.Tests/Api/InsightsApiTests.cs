using System.Globalization;
using TeamsCrm.Core.Partners;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>GET /api/v1/insights/pipeline: a member's figures from the tenant's summary, a guest's from their own shared deals only.</summary>
[Collection(ApiTests.Name)]
public sealed class InsightsApiTests(ApiHost host)
{
    [Fact]
    public async Task GetPipeline_MemberPersonScope_ThatOwnersFiguresAsOfTheLastSummary()
    {
        var owner = new PersonRef(Guid.NewGuid().ToString(), "Insights Owner");
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Open", 1000m, Owner: owner));
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Won", 400m, "USD", Owner: owner), DealStage.Qualified, DealStage.Proposal, DealStage.Won);
        await RefreshAsync();
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/insights/pipeline?scope=person&owner={owner.UserId}&{ThisMonth()}";

        var answer = (await megan.GetAsync(path)).Expect(HttpStatusCode.OK);
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Later", 50m, Owner: owner));
        var stale = (await megan.GetAsync(path)).Expect(HttpStatusCode.OK);
        await RefreshAsync();
        var fresh = (await megan.GetAsync(path)).Expect(HttpStatusCode.OK);

        Assert.Equal("person", answer["scope"], ignoreCase: true);
        Assert.Equal("New", answer["openByStage.0.key"]);
        Assert.Equal("1", answer["openByStage.0.count"]);
        Assert.Equal("EUR", answer["openByStage.0.amount.0.currency"]);
        Assert.Equal(1000m, decimal.Parse(answer["openByStage.0.amount.0.amount"]!, CultureInfo.InvariantCulture));
        Assert.Equal(100m, decimal.Parse(answer["openByStage.0.weighted.0.amount"]!, CultureInfo.InvariantCulture));
        Assert.Equal(owner.UserId, answer["openByOwner.0.key"]);
        Assert.Equal(("1", "0", "1"), (answer["won"], answer["lost"], answer["winRate"]));
        Assert.Equal(("USD", "400"), (answer["averageWonDealSize.0.currency"], answer["averageWonDealSize.0.amount"]));
        Assert.Equal("1", stale["openByStage.0.count"]);
        Assert.Equal("2", fresh["openByStage.0.count"]);
    }

    [Fact]
    public async Task GetPipeline_MemberPersonScope_EveryFigureOfTheSummary()
    {
        var owner = new PersonRef(Guid.NewGuid().ToString(), "Forecast Owner");
        var today = DateOnly.FromDateTime(host.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var late = await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Late", 800m, Owner: owner, ExpectedCloseDate: today.AddDays(-3)), DealStage.Qualified);
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Unscheduled", 200m, Owner: owner));
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Won", 400m, Owner: owner), DealStage.Qualified, DealStage.Proposal, DealStage.Won);
        await RefreshAsync();
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = (await megan.GetAsync($"/api/v1/insights/pipeline?scope=person&owner={owner.UserId}&{ThisMonth()}")).Expect(HttpStatusCode.OK);

        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), answer["today"]);
        Assert.Equal(today.ToString("yyyy-MM-01", CultureInfo.InvariantCulture), answer["forecastByMonth.0.start"]);
        Assert.Null(answer["forecastByMonth.1.start"]);
        Assert.Equal(("EUR", "400"), (answer["forecastByMonth.0.won.0.currency"], answer["forecastByMonth.0.won.0.amount"]));
        Assert.NotNull(answer["forecastByQuarter.0.total.0.amount"]);
        Assert.Equal(20m, decimal.Parse(answer["unscheduledWeighted.0.amount"]!, CultureInfo.InvariantCulture));
        Assert.Equal(("1", "0"), (answer["salesCycle.count"], answer["salesCycle.meanDays"]));
        Assert.Equal(("New", "Qualified", "3", "2"), (answer["conversion.0.from"], answer["conversion.0.to"], answer["conversion.0.reached"], answer["conversion.0.advanced"]));
        Assert.Equal(("Proposal", "1", "0"), (answer["velocity.2.stage"], answer["velocity.2.count"], answer["velocity.2.meanDays"]));
        Assert.Equal(("1", "800"), (answer["slipped.count"], answer["slipped.amount.0.amount"]));
        Assert.Equal((late.Id, account.Id, owner.UserId, "3"), (answer["slipped.largest.0.dealId"], answer["slipped.largest.0.accountId"], answer["slipped.largest.0.ownerId"], answer["slipped.largest.0.daysOverdue"]));
        Assert.Equal("Late", answer["slipped.largest.0.title"]);
    }

    [Fact]
    public async Task GetPipeline_GuestWithoutSharedDeals_Forbidden()
    {
        // Rosa's organisation has a share, but no deal of hers is among it.
        using var rosa = host.ClientFor(DemoTenant.Rosa);
        using var orgless = host.ClientFor(DemoTenant.Pat with { UserId = Guid.NewGuid().ToString() });

        (await rosa.GetAsync($"/api/v1/insights/pipeline?scope=person&{ThisMonth()}")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await orgless.GetAsync($"/api/v1/insights/pipeline?scope=person&{ThisMonth()}")).ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");
    }

    [Fact]
    public async Task GetPipeline_Guest_OnlyTheirOwnSharedDealsAndNoOtherScope()
    {
        using var pat = host.ClientFor(DemoTenant.Pat);
        var before = await pat.GetAsync($"/api/v1/insights/pipeline?scope=person&{ThisMonth()}");
        var openBefore = before.Status == HttpStatusCode.OK ? OpenCount(before) : 0;
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var own = await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Pat's shared", 700m, Owner: DemoTenant.Pat.AsPerson()));
        await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Pat's unshared", 900m, Owner: DemoTenant.Pat.AsPerson()));
        var colleagues = await CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Megan's shared", 500m));
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read, own.Id);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read, colleagues.Id);

        var after = (await pat.GetAsync($"/api/v1/insights/pipeline?scope=person&{ThisMonth()}")).Expect(HttpStatusCode.OK);

        Assert.Equal(openBefore + 1, OpenCount(after));
        Assert.Equal(DemoTenant.Pat.UserId, after["owners.0"]);
        (await pat.GetAsync("/api/v1/insights/pipeline")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await pat.GetAsync($"/api/v1/insights/pipeline?scope=person&owner={DemoTenant.Megan.UserId}")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await pat.GetAsync($"/api/v1/insights/pipeline?scope=team&owner={DemoTenant.Pat.UserId}")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }

    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("from=2026-05&to=2026-05", "to")]
    [InlineData("from=2020-01&to=2026-01", "to")]
    [InlineData("scope=galaxy", "scope")]
    [InlineData("scope=team", "owner")]
    [InlineData("scope=tenant&owner=someone", "owner")]
    public async Task GetPipeline_InvalidQuery_BadRequestNamingTheParameter(string query, string field)
    {
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = (await megan.GetAsync($"/api/v1/insights/pipeline?{query}")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");

        Assert.NotNull(answer[$"errors.{field}.0"]);
    }

    private static int OpenCount(ApiAnswer answer) => answer.Json["openByStage"]!.AsArray().Sum(s => (int)s!["count"]!);

    private string ThisMonth()
    {
        var now = host.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var month = new DateOnly(now.Year, now.Month, 1);
        return $"from={month:yyyy-MM}&to={month.AddMonths(1):yyyy-MM}";
    }

    private Task<TeamsCrm.Analytics.Insights.PipelineSummary> RefreshAsync() => host.Factory.Services.GetRequiredService<SummaryRefresher>().RefreshAsync(DemoTenant.TenantId);

    private async Task<Deal> CreateAsync(Caller caller, string accountId, DealInput input, params DealStage[] stages)
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
