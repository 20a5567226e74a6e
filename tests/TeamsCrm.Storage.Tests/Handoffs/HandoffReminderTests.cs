namespace TeamsCrm.Storage.Tests.Handoffs;

public sealed class HandoffReminderTests
{
    private const string Tenant = "tenant-reminders";

    [Fact]
    public async Task ClaimDueAsync_OverdueHandoff_IsClaimedExactlyOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Northwind Traders", "Renewal");
        var later = await crm.DealAsync(megan, account, "Expansion");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, DueAt: crm.Time.GetUtcNow().AddHours(1)));
        await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, later.Id, lukas, DueAt: crm.Time.GetUtcNow().AddDays(3)));

        Assert.Empty(await crm.Reminders.ClaimDueAsync(Tenant));
        crm.Time.Advance(TimeSpan.FromHours(2));
        var concurrent = await Task.WhenAll(crm.Reminders.ClaimDueAsync(Tenant), crm.Reminders.ClaimDueAsync(Tenant));
        var again = await crm.Reminders.ClaimDueAsync(Tenant);

        var reminder = Assert.Single(concurrent.SelectMany(c => c));
        Assert.Equal(handoff.Id, reminder.Handoff.Id);
        Assert.Equal("Northwind Traders", reminder.AccountName);
        Assert.Equal(crm.Time.GetUtcNow(), reminder.Handoff.ReminderSentAt);
        Assert.Empty(again);
        Assert.True((await crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id)).IsSuccess);
    }

    [Fact]
    public async Task ClaimDueAsync_AnsweredBeforeDue_IsNeverClaimed()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Fourth Coffee", "Pilot");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, DueAt: crm.Time.GetUtcNow().AddHours(1)));
        await crm.Handoffs.DeclineAsync(lukas, account.Id, handoff.Id, "Not my region");

        crm.Time.Advance(TimeSpan.FromHours(2));

        Assert.Empty(await crm.Reminders.ClaimDueAsync(Tenant));
    }
}
