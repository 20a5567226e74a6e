namespace TeamsCrm.Storage.Tests.MyWork;

/// <summary>Point reads of a person's list: which of the given entries are in it, without reading the rest.</summary>
public sealed class ExistingPersonalTests
{
    private const string Tenant = "tenant-existing";

    [Fact]
    public async Task ExistingPersonalAsync_OpenWonAndOthersDeals_OnlyTheOwnersOpenOneAnswers()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, open) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Renewal");
        var won = await crm.DealAsync(megan, account, "Order");
        foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Won })
        {
            Assert.True((await crm.Deals.ChangeStageAsync(megan, account.Id, won.Id, stage, null)).IsSuccess);
        }

        (string, string)[] asked = [(account.Id, open.Id), (account.Id, won.Id), (account.Id, "no-such-deal"), (account.Id, open.Id)];
        var megans = await crm.Index.ExistingPersonalAsync(Tenant, megan.UserId, PersonalListKind.OwnedDeals, asked);
        var lukass = await crm.Index.ExistingPersonalAsync(Tenant, lukas.UserId, PersonalListKind.OwnedDeals, asked);
        var otherTenant = await crm.Index.ExistingPersonalAsync("tenant-existing-other", megan.UserId, PersonalListKind.OwnedDeals, asked);
        var tasks = await crm.Index.ExistingPersonalAsync(Tenant, megan.UserId, PersonalListKind.AssignedTasks, asked);

        var entry = Assert.Single(megans);
        Assert.Equal((PersonalListKind.OwnedDeals, account.Id, open.Id), (entry.Kind, entry.AccountId, entry.RecordId));
        Assert.NotNull(entry.Version);
        Assert.Empty(lukass);
        Assert.Empty(otherTenant);
        Assert.Empty(tasks);
    }

    [Fact]
    public async Task ExistingPersonalAsync_MoreEntriesThanOneQueryAsksFor_EveryOpenOneAnswersOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, _, account, first) = await crm.MegansDealAsync("tenant-existing-many", "Fabrikam Inc", "Deal 0");
        var other = await crm.AccountAsync(megan, "Northwind Traders");
        var open = new List<Deal> { first };
        for (var i = 1; i < 15; i++)
        {
            open.Add(await crm.DealAsync(megan, i % 2 == 0 ? account : other, $"Deal {i}"));
        }

        var won = open[7];
        foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Won })
        {
            Assert.True((await crm.Deals.ChangeStageAsync(megan, won.AccountId, won.Id, stage, null)).IsSuccess);
        }

        (string, string)[] asked = [.. open.Select(d => (d.AccountId, d.Id)), (account.Id, "no-such-deal"), (other.Id, first.Id)];
        var megans = await crm.Index.ExistingPersonalAsync("tenant-existing-many", megan.UserId, PersonalListKind.OwnedDeals, asked);

        Assert.Equal(
            open.Where(d => d.Id != won.Id).Select(d => (d.AccountId, d.Id)).Order(),
            megans.Select(e => (e.AccountId, e.RecordId)).Order());
    }
}
