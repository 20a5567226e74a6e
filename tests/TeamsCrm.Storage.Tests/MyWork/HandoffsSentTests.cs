namespace TeamsCrm.Storage.Tests.MyWork;

/// <summary>"Handoffs I sent" (the tab's My CRM): the sender's pending handoffs, gone once answered or withdrawn.</summary>
public sealed class HandoffsSentTests
{
    private const string Tenant = "tenant-sent";

    [Fact]
    public async Task HandoffsSentAsync_PendingHandoff_ListedForTheSenderOnly()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Renewal");

        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over"));

        var sent = Assert.Single(await crm.MyWork.HandoffsSentAsync(megan));
        Assert.Equal(handoff.Id, sent.Item.Id);
        Assert.Equal("Contoso Ltd", sent.AccountName);
        Assert.Equal("Renewal", sent.DealTitle);
        Assert.Empty(await crm.MyWork.HandoffsSentAsync(lukas));
    }

    [Fact]
    public async Task HandoffsWaitingAsync_PendingHandoff_CarriesTheDealTitle()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Renewal");
        await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over"));

        var waiting = Assert.Single(await crm.MyWork.HandoffsWaitingAsync(lukas));

        Assert.Equal("Renewal", waiting.DealTitle);
    }

    [Fact]
    public async Task HandoffsSentAsync_AfterTheRecipientAccepted_IsEmpty()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Fabrikam Inc", "Expansion");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));
        crm.Tick();

        Assert.True((await crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id)).IsSuccess);

        Assert.Empty(await crm.MyWork.HandoffsSentAsync(megan));
    }
}
