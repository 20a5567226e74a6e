namespace TeamsCrm.Storage.Tests.Outbox;

public sealed class OutboxRepairTests
{
    private const string Tenant = "tenant-outbox";

    [Fact]
    public async Task AcceptAsync_CrashBeforeIndexUpdate_ListsStayRightAndSweeperRepairs()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Wingtip Toys", "Upgrade");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));

        crm.IndexWriter.Fail = true;
        var accepted = await crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id);
        crm.IndexWriter.Fail = false;

        Assert.True(accepted.IsSuccess);
        Assert.Empty(await crm.MyWork.OpenDealsAsync(megan));
        Assert.Empty(await crm.MyWork.HandoffsWaitingAsync(lukas));

        var repaired = await crm.Outbox.RepairAsync(TimeSpan.Zero);

        Assert.Equal(1, repaired);
        Assert.Equal(deal.Id, Assert.Single(await crm.MyWork.OpenDealsAsync(lukas)).Item.Id);
        Assert.Equal(0, await crm.Outbox.RepairAsync(TimeSpan.Zero));
    }

    [Fact]
    public async Task UnshareAsync_CrashBeforeIndexUpdate_GuestNoLongerFindsAccount()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var partner = new PartnerOrganization("fabrikam-partners", "Fabrikam Partners", []);
        await crm.Partners.UpsertAsync(Tenant, partner);
        var pat = CrmTestStore.Guest(Tenant, "Pat", partner.Id);
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        await crm.Shares.ShareAsync(megan, account.Id, partner.Id, ShareLevel.Read);
        Assert.Single((await crm.Search.SearchAsync(pat, "fabrikam")).Value!);

        crm.IndexWriter.Fail = true;
        var unshared = await crm.Shares.UnshareAsync(megan, account.Id, partner.Id);
        crm.IndexWriter.Fail = false;

        Assert.True(unshared.IsSuccess);
        Assert.Single(await crm.Index.ListPartnerSharesAsync(Tenant, partner.Id));
        Assert.Empty((await crm.Search.SearchAsync(pat, "fabrikam")).Value!);
        Assert.False((await crm.Accounts.GetCustomerCardAsync(pat, account.Id)).IsSuccess);
        await crm.Outbox.RepairAsync(TimeSpan.Zero);
        Assert.Empty(await crm.Index.ListPartnerSharesAsync(Tenant, partner.Id));
    }
}
