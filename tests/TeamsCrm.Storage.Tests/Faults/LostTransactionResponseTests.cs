namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// Issue 9, finding 7: a transaction commits, its response is lost (the proxy closes the connection
/// instead of answering), the SDK resends it and meets its own write. The caller must hear success
/// with the versions that were written, the index must be complete, and nothing may be orphaned;
/// a genuine concurrent change through the same proxy is still a conflict.
/// </summary>
public sealed class LostTransactionResponseTests
{
    private const string Tenant = "tenant-lost-response";

    [Fact]
    public async Task CreateAsync_DealResponseLostAfterCommit_SucceedsOnceWithOwnedDealsEntryAndWorkingVersion()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");

        lost.DropNextResponse();
        crm.Tick();
        var created = await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Renewal", 5000m));

        Assert.True(created.IsSuccess, created.Error?.Code);
        lost.AssertResentAfterLostResponse();
        var deal = created.Value;
        Assert.Equal(deal.Id, Assert.Single(await crm.Store.QueryRecordsAsync<Deal>(Tenant, account.Id).ToArrayAsync()).Id);
        Assert.Equal(deal.Id, Assert.Single(await crm.Index.ListPersonalAsync(Tenant, megan.UserId, PersonalListKind.OwnedDeals)).RecordId);
        Assert.Equal((await crm.Store.GetRecordIfExistsAsync<Deal>(Tenant, account.Id, deal.Id))!.Version, deal.Version);
        Assert.True((await crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Qualified, deal.Version)).IsSuccess);
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task UpdateAsync_DealResponseLostAfterCommit_SucceedsAndItsVersionAllowsTheNextUpdate()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        var deal = await crm.DealAsync(megan, account, "Upgrade");

        lost.DropNextResponse();
        crm.Tick();
        var updated = await crm.Deals.UpdateAsync(megan, account.Id, deal.Id, new DealInput("Upgrade 2027", 7500m), deal.Version);

        Assert.True(updated.IsSuccess, updated.Error?.Code);
        lost.AssertResentAfterLostResponse();
        var stored = (await crm.Store.GetRecordIfExistsAsync<Deal>(Tenant, account.Id, deal.Id))!;
        Assert.Equal("Upgrade 2027", stored.Title);
        Assert.Equal(stored.Version, updated.Value.Version);
        crm.Tick();
        var next = await crm.Deals.UpdateAsync(megan, account.Id, deal.Id, new DealInput("Upgrade 2028", 8000m), updated.Value.Version);
        Assert.True(next.IsSuccess, next.Error?.Code);
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task HandOffAsync_NotificationMarkersResponseLost_SucceedsWithOneMarkerEach()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Notify);
        var crm = lost.Crm;
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Wingtip Toys", "Expansion");

        // The batch of the offer's marker is written, its answer lost, and resent: the markers are upserts, so the
        // resend is not a conflict, and the handoff commits.
        lost.DropNextResponse();
        crm.Tick();
        var handedOff = await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over", crm.Time.GetUtcNow().AddDays(2)));

        Assert.True(handedOff.IsSuccess, handedOff.Error?.Code);
        lost.AssertResentAfterLostResponse();
        var markers = await crm.Tables.Notify.QueryAsync<TableEntity>().ToListAsync();
        Assert.Single(markers);
        Assert.Equal(handedOff.Value!.Id, Assert.Single(await crm.MyWork.HandoffsWaitingAsync(lukas)).Item.Id);
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task HandOffAsync_ResponseLostAfterCommit_SucceedsWithRecipientListAndDueEntry()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Wingtip Toys", "Expansion");
        var due = crm.Time.GetUtcNow().AddDays(2);

        lost.DropNextResponse();
        crm.Tick();
        var handedOff = await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over", due));

        Assert.True(handedOff.IsSuccess, handedOff.Error?.Code);
        lost.AssertResentAfterLostResponse();
        var handoff = handedOff.Value;
        Assert.Equal((await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Version, handoff.Version);
        Assert.Equal(handoff.Id, Assert.Single(await crm.Index.ListPersonalAsync(Tenant, lukas.UserId, PersonalListKind.HandoffsWaiting)).RecordId);
        Assert.Equal(handoff.Id, Assert.Single(await crm.Index.ListDueHandoffsAsync(Tenant, due.AddMinutes(1), 10)).HandoffId);
        Assert.Equal(handoff.Id, Assert.Single(await crm.MyWork.HandoffsWaitingAsync(lukas)).Item.Id);
        await AssertNothingOrphanedAsync(crm, account.Id);

        crm.Tick();
        Assert.True((await crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id)).IsSuccess);
        Assert.Equal(deal.Id, Assert.Single(await crm.MyWork.OpenDealsAsync(lukas)).Item.Id);
    }

    [Fact]
    public async Task ClaimDueAsync_ClaimResponseLostAfterCommit_ReminderClaimedOnceNotLost()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Fourth Coffee", "Pilot");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, DueAt: crm.Time.GetUtcNow().AddHours(1)));
        crm.Time.Advance(TimeSpan.FromHours(2));

        lost.DropNextResponse();
        var claimed = await crm.Reminders.ClaimDueAsync(Tenant);

        lost.AssertResentAfterLostResponse();
        Assert.Equal(handoff.Id, Assert.Single(claimed).Handoff.Id);
        Assert.Empty(await crm.Reminders.ClaimDueAsync(Tenant));
        Assert.Empty(await crm.Index.ListDueHandoffsAsync(Tenant, crm.Time.GetUtcNow(), 10));
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task UnshareAsync_ResponseLostAfterCommit_SucceedsAndPartnerEntryIsGone()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var partner = new PartnerOrganization("adatum-partners", "Adatum Partners", []);
        await crm.Partners.UpsertAsync(Tenant, partner);
        var account = await crm.AccountAsync(megan, "Adatum Corp");
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, partner.Id, ShareLevel.Read)).IsSuccess);
        Assert.Single(await crm.Index.ListPartnerSharesAsync(Tenant, partner.Id));

        lost.DropNextResponse();
        crm.Tick();
        var unshared = await crm.Shares.UnshareAsync(megan, account.Id, partner.Id);

        Assert.True(unshared.IsSuccess, unshared.Error?.Code);
        lost.AssertResentAfterLostResponse();
        Assert.Empty(await crm.Store.QueryRecordsAsync<Share>(Tenant, account.Id).ToArrayAsync());
        Assert.Empty(await crm.Index.ListPartnerSharesAsync(Tenant, partner.Id));
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task CommitAsync_DeleteOnlyResponseLostAfterCommit_SucceedsWithoutVersion()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Litware Inc");
        crm.Tick();
        var comment = (await crm.Comments.AddAsync(megan, account.Id, new CommentInput("Call back on Monday"))).Value!;
        var stored = (await crm.Store.GetRecordIfExistsAsync<Comment>(Tenant, account.Id, comment.Id))!;

        lost.DropNextResponse();
        var versions = await crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Delete(stored));

        Assert.Null(Assert.Single(versions));
        lost.AssertResentAfterLostResponse();
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<Comment>(Tenant, account.Id, comment.Id));
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    [Fact]
    public async Task ChangeStageAsync_StaleVersionAndResponseLost_StillConflictAndNothingWritten()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Tailspin Toys", "Pilot");
        crm.Tick();
        var first = await crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Qualified, deal.Version);
        Assert.True(first.IsSuccess, first.Error?.Code);
        var stale = deal with { Stage = DealStage.Lost };

        // The stale write is refused (412) on the first try, that answer is lost, and the resend is refused again.
        lost.DropNextResponse();
        crm.Tick();
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Update(deal, stale)));

        Assert.NotNull(error);
        lost.AssertResentAfterLostResponse();
        Assert.Equal(DealStage.Qualified, (await crm.Store.GetRecordIfExistsAsync<Deal>(Tenant, account.Id, deal.Id))!.Stage);
        Assert.Equal(deal.Id, Assert.Single(await crm.Index.ListPersonalAsync(Tenant, megan.UserId, PersonalListKind.OwnedDeals)).RecordId);
        await AssertNothingOrphanedAsync(crm, account.Id);
        var conflict = await crm.Deals.ChangeStageAsync(lukas, account.Id, deal.Id, DealStage.Lost, deal.Version);
        Assert.Equal(CrmErrorKind.Conflict, conflict.Error!.Kind);
    }

    [Fact]
    public async Task ChangeStageAsync_TwoWritersThroughProxy_OneWinsOtherGetsConflict()
    {
        await using var lost = await ProxiedStore.StartAsync(t => t.Data);
        var crm = lost.Crm;
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Northwind Traders", "Rollout");
        crm.Tick();

        var results = await Task.WhenAll(
            crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Qualified, deal.Version),
            crm.Deals.ChangeStageAsync(lukas, account.Id, deal.Id, DealStage.Lost, deal.Version));

        var winner = Assert.Single(results, r => r.IsSuccess);
        Assert.Equal(CrmErrorKind.Conflict, Assert.Single(results, r => !r.IsSuccess).Error!.Kind);
        Assert.Equal(winner.Value!.Stage, (await crm.Store.GetRecordIfExistsAsync<Deal>(Tenant, account.Id, deal.Id))!.Stage);
        await AssertNothingOrphanedAsync(crm, account.Id);
    }

    private static async Task AssertNothingOrphanedAsync(CrmTestStore crm, string accountId)
    {
        Assert.Equal(0, await crm.CountOutboxMarkersAsync());
        Assert.Equal(0, await crm.CountOutboxEntitiesAsync(Tenant, accountId));
    }
}
