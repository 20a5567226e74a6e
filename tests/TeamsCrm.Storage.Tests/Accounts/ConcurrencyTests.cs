namespace TeamsCrm.Storage.Tests.Accounts;

public sealed class ConcurrencyTests
{
    private const string Tenant = "tenant-concurrency";

    [Fact]
    public async Task ChangeStageAsync_TwoWritersOfOneDeal_OneWinsOtherGetsConflictWithCurrentState()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Renewal");

        var results = await Task.WhenAll(
            crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Qualified, deal.Version),
            crm.Deals.ChangeStageAsync(lukas, account.Id, deal.Id, DealStage.Lost, deal.Version));

        var winner = Assert.Single(results, r => r.IsSuccess);
        var loser = Assert.Single(results, r => !r.IsSuccess);
        Assert.Equal(CrmErrorKind.Conflict, loser.Error!.Kind);
        var current = Assert.IsType<Deal>(loser.Error.Current);
        Assert.Equal(winner.Value!.Stage, current.Stage);
        var stored = (await crm.Deals.GetAsync(megan, account.Id, deal.Id)).Value!;
        Assert.Equal(winner.Value.Stage, stored.Stage);
    }

    [Fact]
    public async Task UpdateAsync_StaleExpectedVersion_ReportsConflictAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        var first = await crm.Accounts.UpdateAsync(megan, account.Id, new AccountInput("Fabrikam Inc", Industry: "Aviation"), account.Version);
        Assert.True(first.IsSuccess);

        var second = await crm.Accounts.UpdateAsync(megan, account.Id, new AccountInput("Fabrikam Incorporated"), account.Version);

        Assert.Equal(CrmErrorKind.Conflict, second.Error!.Kind);
        Assert.Equal("Aviation", Assert.IsType<Account>(second.Error.Current).Industry);
        var card = (await crm.Accounts.GetCustomerCardAsync(megan, account.Id)).Value!;
        Assert.Equal("Fabrikam Inc", card.Account.Name);
    }
}
