using System.Globalization;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.CallList;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class CallListServiceTests
{
    [Fact]
    public async Task TodayAsync_OwnersSlippingDealAtAColdAccount_FirstWithJanesBestChannel()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls");
        var services = new CustomerServices(s.Crm);

        var megans = (await services.Calls.TodayAsync(s.Megan)).Value!;
        var lukas = (await services.Calls.TodayAsync(s.Lukas)).Value!;
        var guest = await services.Calls.TodayAsync(s.Guest);
        var stranger = (await services.Calls.TodayAsync(s.Stranger)).Value!;
        var none = await services.Calls.TodayAsync(s.Megan, 0);

        var call = Assert.Single(megans.Entries);
        Assert.Equal((1, "Renewal", "Contoso Ltd"), (call.Rank, call.DealTitle, call.AccountName));
        Assert.Equal(("Jane Doe", InteractionChannel.Phone), (call.ContactName, call.BestChannel));
        Assert.Equal([CallReasonKind.Slipping, CallReasonKind.Value, CallReasonKind.Cooling], call.Reasons.Select(r => r.Kind));
        Assert.Equal("expected close passed 3 days ago", call.Why(CultureInfo.GetCultureInfo("en"))[0]);
        Assert.Equal("Am besten erreichbar per Telefon.", call.Why(CultureInfo.GetCultureInfo("de"))[3]);
        Assert.Empty(lukas.Entries);
        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Empty(stranger.Entries);
        Assert.Equal("top", none.Error!.Fields.Single().Field);
    }

    [Fact]
    public async Task TodayAsync_FromTheRefreshedSummary_DropsADealClosedSinceAndCountsNothingTwice()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls-summary");
        var services = new CustomerServices(s.Crm);
        var second = await s.Crm.DealAsync(s.Megan, s.Contoso, "Extension", 100m);
        Assert.Equal(1, await services.Refresher.RefreshDueAsync());
        Assert.Equal(0, await services.Refresher.RefreshDueAsync());

        var before = (await services.Calls.TodayAsync(s.Megan)).Value!;
        await CustomerScenario.WinAsync(s.Crm, s.Megan, s.Open);
        var after = (await services.Calls.TodayAsync(s.Megan)).Value!;

        var noDeals = await services.Facts.ReadCallCandidatesAsync(s.Megan.TenantId, s.Admin.UserId);
        Assert.Equal([s.Open.Id, second.Id], before.Entries.Select(e => e.DealId));
        Assert.Empty(noDeals!.Deals);
        Assert.Equal(before.ComputedAt, noDeals.ComputedAt);
        Assert.Equal([second.Id], after.Entries.Select(e => e.DealId));
        Assert.Equal(before.ComputedAt, after.ComputedAt);
    }

    [Fact]
    public async Task TodayAsync_HigherRankedHandedOverThenWonSinceTheRefresh_NextMovesUp()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls-moves-up");
        var services = new CustomerServices(s.Crm);
        var index = new RecordingCrmIndex(s.Crm.Index);
        var calls = new CallListService(services.Facts, index, services.Documents, Options.Create(new AnalyticsOptions()), s.Crm.Time);
        var extension = await s.Crm.DealAsync(s.Megan, s.Contoso, "Extension", 100m);
        var addOn = await s.Crm.DealAsync(s.Megan, s.Contoso, "Add-on", 50m);
        Assert.Equal(1, await services.Refresher.RefreshDueAsync());

        var first = (await calls.TodayAsync(s.Megan, 1)).Value!;
        var firstBatches = index.ExistingBatches.ToList();
        var handoff = await s.Crm.HandOffAsync(s.Megan, new HandoffRequest(s.Contoso.Id, s.Open.Id, s.Lukas, "Please take over"));
        Assert.True((await s.Crm.Handoffs.AcceptAsync(s.Lukas, s.Contoso.Id, handoff.Id)).IsSuccess);
        var afterHandover = (await calls.TodayAsync(s.Megan, 1)).Value!;
        await CustomerScenario.WinAsync(s.Crm, s.Megan, extension);
        index.ExistingBatches.Clear();
        var afterWin = (await calls.TodayAsync(s.Megan, 1)).Value!;
        var afterWinBatches = index.ExistingBatches.ToList();
        var all = (await calls.TodayAsync(s.Megan)).Value!;

        Assert.Equal([s.Open.Id], first.Entries.Select(e => e.DealId));
        Assert.Equal([(1, extension.Id)], afterHandover.Entries.Select(e => (e.Rank, e.DealId)));
        Assert.Equal([(1, addOn.Id)], afterWin.Entries.Select(e => (e.Rank, e.DealId)));
        Assert.Equal([addOn.Id], all.Entries.Select(e => e.DealId));
        Assert.Equal(first.ComputedAt, afterWin.ComputedAt);
        Assert.Equal([1], firstBatches);
        Assert.Equal([1, 1, 1], afterWinBatches);
        Assert.Equal(3, index.ExistingBatches[^1]);
        Assert.Empty(index.WholeLists);
    }

    [Fact]
    public async Task TodayAsync_CandidatesRewrittenByARefresh_ReadsTheNewOnesNotTheKeptCopy()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls-rewritten");
        var services = new CustomerServices(s.Crm);
        Assert.Equal(1, await services.Refresher.RefreshDueAsync());
        var before = (await services.Calls.TodayAsync(s.Megan)).Value!;

        var bigger = await s.Crm.DealAsync(s.Megan, s.Contoso, "Expansion", 1_000_000m);
        s.Crm.Tick();
        await services.Refresher.RefreshAsync(s.Megan.TenantId);
        var after = (await services.Calls.TodayAsync(s.Megan)).Value!;

        Assert.Equal([s.Open.Id], before.Entries.Select(e => e.DealId));
        Assert.Equal(bigger.Id, after.Entries[0].DealId);
        Assert.Equal(2, after.Entries.Count);
        Assert.True(after.ComputedAt > before.ComputedAt);
    }

    [Fact]
    public async Task TodayAsync_CandidatesUnchangedSinceTheLastCall_OneIndexCheckBesideTheReadAndAWinShowsAtOnce()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls-beside");
        var services = new CustomerServices(s.Crm);
        var index = new RecordingCrmIndex(s.Crm.Index);
        var calls = new CallListService(services.Facts, index, services.Documents, Options.Create(new AnalyticsOptions()), s.Crm.Time);
        var extension = await s.Crm.DealAsync(s.Megan, s.Contoso, "Extension", 100m);
        Assert.Equal(1, await services.Refresher.RefreshDueAsync());
        var first = (await calls.TodayAsync(s.Megan)).Value!;
        index.ExistingBatches.Clear();

        var again = (await calls.TodayAsync(s.Megan)).Value!;
        var againBatches = index.ExistingBatches.ToList();
        await CustomerScenario.WinAsync(s.Crm, s.Megan, s.Open);
        var afterWin = (await calls.TodayAsync(s.Megan)).Value!;

        Assert.Equal([s.Open.Id, extension.Id], first.Entries.Select(e => e.DealId));
        Assert.Equal(first.Entries.Select(e => e.DealId), again.Entries.Select(e => e.DealId));
        Assert.Equal([2], againBatches); // the check started beside the read was the one used, not a second one
        Assert.Equal([(1, extension.Id)], afterWin.Entries.Select(e => (e.Rank, e.DealId)));
    }

    [Fact]
    public async Task TodayAsync_CandidatesRewrittenSinceTheLastCall_AnswersFromTheNewCandidatesNeverTheEarlyCheck()
    {
        var s = await CustomerScenario.CreateAsync("tenant-calls-early-stale");
        var services = new CustomerServices(s.Crm);
        var index = new RecordingCrmIndex(s.Crm.Index);
        var calls = new CallListService(services.Facts, index, services.Documents, Options.Create(new AnalyticsOptions()), s.Crm.Time);
        Assert.Equal(1, await services.Refresher.RefreshDueAsync());
        var before = (await calls.TodayAsync(s.Megan, 1)).Value!;

        var bigger = await s.Crm.DealAsync(s.Megan, s.Contoso, "Expansion", 1_000_000m);
        s.Crm.Tick();
        await services.Refresher.RefreshAsync(s.Megan.TenantId);
        index.ExistingBatches.Clear();
        var after = (await calls.TodayAsync(s.Megan, 1)).Value!;
        var fresh = (await new CallListService(services.Facts, s.Crm.Index, services.Documents, Options.Create(new AnalyticsOptions()), s.Crm.Time).TodayAsync(s.Megan, 1)).Value!;

        Assert.Equal([s.Open.Id], before.Entries.Select(e => e.DealId));
        Assert.Equal([bigger.Id], after.Entries.Select(e => e.DealId));
        Assert.Equal([1, 1], index.ExistingBatches); // the early check (of the old first) was not used: the new first was checked
        Assert.Equal(fresh.Entries.Select(e => (e.Rank, e.DealId)), after.Entries.Select(e => (e.Rank, e.DealId)));
        Assert.Equal(fresh.ComputedAt, after.ComputedAt);
    }
}
