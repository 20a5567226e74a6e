namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>Small helpers that create records through the real use cases and insist they succeed.</summary>
internal static class Scenario
{
    public static async Task<Account> AccountAsync(this CrmTestStore crm, Caller caller, string name)
    {
        crm.Tick();
        var result = await crm.Accounts.CreateAsync(caller, new AccountInput(name, Industry: "Testing"), allowSimilarName: true);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static async Task<Deal> DealAsync(this CrmTestStore crm, Caller caller, Account account, string title, decimal amount = 1000m)
    {
        crm.Tick();
        var result = await crm.Deals.CreateAsync(caller, account.Id, new DealInput(title, amount));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    /// <summary>Megan's account with one deal, and her colleague Lukas: two new members of <paramref name="tenantId"/>.</summary>
    public static async Task<MegansDeal> MegansDealAsync(this CrmTestStore crm, string tenantId, string accountName, string dealTitle)
    {
        var megan = CrmTestStore.Member(tenantId, "Megan");
        var lukas = CrmTestStore.Member(tenantId, "Lukas");
        var account = await crm.AccountAsync(megan, accountName);
        return new MegansDeal(megan, lukas, account, await crm.DealAsync(megan, account, dealTitle));
    }

    public static async Task<Handoff> HandOffAsync(this CrmTestStore crm, Caller sender, HandoffRequest request)
    {
        var result = await crm.Handoffs.HandOffAsync(sender, request);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }
}
