using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class InsightsServiceTests
{
    private const string Tenant = "tenant-insights";
    private static readonly PartnerOrganization Partner = new("insights-partners", "Insights Partners", []);
    private static readonly InsightsQuery Own = new(AnalyticsPeriod.Quarter(2026, 4), InsightsScope.Person, []);
    private static readonly InsightsQuery Everything = new(AnalyticsPeriod.Quarter(2026, 4), InsightsScope.Tenant, []);

    [Fact]
    public async Task GetPipelineAsync_GuestWithoutShares_ForbiddenThenOwnSharedDealsOnly()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Partner);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var pat = CrmTestStore.Guest(Tenant, "Pat", Partner.Id);
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var own = (await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Pat's", 700m, Owner: pat.AsPerson()))).Value!;
        var megans = await crm.DealAsync(megan, account, "Megan's", 5000m);
        var insights = Service(crm);

        var unshared = await insights.GetPipelineAsync(pat, Own);
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Read, megans.Id);
        var othersOnly = await insights.GetPipelineAsync(pat, Own);
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Read, own.Id);
        var shared = (await insights.GetPipelineAsync(pat, Own)).Value!;
        var tenantWide = await insights.GetPipelineAsync(pat, Everything);

        Assert.Equal(CrmErrorKind.Forbidden, unshared.Error!.Kind);
        Assert.Equal(CrmErrorKind.Forbidden, othersOnly.Error!.Kind);
        Assert.Equal(1, shared.Figures.OpenByStage.Sum(s => s.Count));
        Assert.Equal(700m, shared.Figures.OpenByStage.Single(s => s.Count == 1).Amount["EUR"]);
        Assert.Equal(CrmErrorKind.Forbidden, tenantWide.Error!.Kind);
    }

    [Fact]
    public async Task GetPipelineAsync_MemberOfAnotherTenant_SeesNoneOfIt()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var stranger = CrmTestStore.Member("tenant-insights-other", "Stranger");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        await crm.DealAsync(megan, account, "Rollout", 5000m);
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshDueAsync();
        var insights = Service(crm);

        var mine = (await insights.GetPipelineAsync(megan, Everything)).Value!;
        var theirs = (await insights.GetPipelineAsync(stranger, Everything)).Value!;

        Assert.Equal(1, mine.Figures.OpenByStage.Sum(s => s.Count));
        Assert.Equal(0, theirs.Figures.OpenByStage.Sum(s => s.Count));
        Assert.Empty(theirs.Figures.OpenByOwner);
    }

    [Fact]
    public async Task GetPipelineAsync_SummaryRefreshedAfterAChange_AnswerFromTheNewSummaryNotTheKeptFigures()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        await crm.DealAsync(megan, account, "Rollout", 5000m);
        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        await refresher.RefreshDueAsync();
        var insights = Service(crm);

        var first = (await insights.GetPipelineAsync(megan, Everything)).Value!;
        var again = (await insights.GetPipelineAsync(megan, Everything)).Value!;
        await crm.DealAsync(megan, account, "Renewal", 700m);
        var beforeRefresh = (await insights.GetPipelineAsync(megan, Everything)).Value!;
        crm.Time.Advance(TimeSpan.FromMinutes(1));
        await refresher.RefreshDueAsync();
        var afterRefresh = (await insights.GetPipelineAsync(megan, Everything)).Value!;

        Assert.Same(first.Figures, again.Figures);
        Assert.Same(first.Figures, beforeRefresh.Figures);
        Assert.Equal(1, first.Figures.OpenByStage.Sum(s => s.Count));
        Assert.Equal(2, afterRefresh.Figures.OpenByStage.Sum(s => s.Count));
        Assert.Equal(5700m, afterRefresh.Figures.OpenByStage.Sum(s => s.Amount["EUR"]));
        Assert.True(afterRefresh.ComputedAt > first.ComputedAt);
    }

    private static InsightsService Service(CrmTestStore crm) => new(crm.Analytics, crm.Store, crm.Index, new PipelineFiguresMemo(), crm.Time);
}
