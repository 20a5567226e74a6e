namespace TeamsCrm.Storage.Tests.Tenancy;

public sealed class TenantIsolationTests
{
    [Fact]
    public async Task TenantB_CannotReadListOrSearchTenantARecords()
    {
        var crm = await CrmTestStore.CreateAsync();
        var alice = CrmTestStore.Member("tenant-a", "Alice");
        var bob = CrmTestStore.Member("tenant-b", "Bob") with { UserId = alice.UserId };
        var account = await crm.AccountAsync(alice, "Contoso Ltd");
        var deal = await crm.DealAsync(alice, account, "Renewal");
        var handoff = await crm.HandOffAsync(alice, new HandoffRequest(account.Id, deal.Id, CrmTestStore.Member("tenant-a", "Carol") with { UserId = bob.UserId + "-x" }));

        Assert.Equal(CrmErrorKind.NotFound, (await crm.Accounts.GetCustomerCardAsync(bob, account.Id)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Deals.GetAsync(bob, account.Id, deal.Id)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Deals.ChangeStageAsync(bob, account.Id, deal.Id, DealStage.Qualified, null)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Comments.AddAsync(bob, account.Id, new CommentInput("hi"))).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Handoffs.CancelAsync(bob, account.Id, handoff.Id)).Error!.Kind);
        Assert.Empty((await crm.Search.SearchAsync(bob, "contoso")).Value!);
        Assert.Empty(await crm.MyWork.OpenDealsAsync(bob));
        Assert.Null(await crm.Store.GetAccountIfExistsAsync("tenant-b", account.Id));
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<Deal>("tenant-b", account.Id, deal.Id));
        Assert.Null(await crm.Store.LoadAsync("tenant-b", account.Id, PartitionSlice.CoreOnly));
        Assert.Empty(await crm.Index.SearchAccountNamesAsync("tenant-b", "contoso", 10));
        Assert.Single((await crm.Search.SearchAsync(alice, "contoso")).Value!);
        Assert.Single(await crm.MyWork.OpenDealsAsync(alice));
    }

    [Fact]
    public async Task Keys_TenantIdWithSeparator_IsRejectedBeforeAnyQuery()
    {
        var crm = await CrmTestStore.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => crm.Store.LoadAsync("tenant-a|x", CrmIds.New(crm.Time), PartitionSlice.CoreOnly));
    }
}
