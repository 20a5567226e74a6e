namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// A small tenant with history: Megan's customer Contoso (Jane answers phone calls within hours, three wins 200–120
/// days ago, quiet for the last 90 days: going cold), Megan's open, slipping deal there, Lukas's customer Fabrikam
/// (touched every week), a partner guest with Contoso shared, and a member of another tenant.
/// </summary>
internal sealed record CustomerScenario(CrmTestStore Crm, Caller Megan, Caller Lukas, Caller Admin, Caller Guest, Caller Stranger, Account Contoso, Account Fabrikam, Contact Jane, Deal Open)
{
    public static async Task<CustomerScenario> CreateAsync(string tenant)
    {
        var crm = await CrmTestStore.CreateAsync();
        var partner = new PartnerOrganization($"{tenant}-partners", "Partners", []);
        await crm.Partners.UpsertAsync(tenant, partner);
        var megan = CrmTestStore.Member(tenant, "Megan");
        var lukas = CrmTestStore.Member(tenant, "Lukas");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var fabrikam = await crm.AccountAsync(lukas, "Fabrikam Inc");
        var jane = (await crm.Contacts.CreateAsync(megan, contoso.Id, new ContactInput("Jane", "Doe"))).Value!;
        var start = crm.Time.GetUtcNow();
        for (var week = 0; week < 30; week++)
        {
            crm.Time.SetUtcNow(start.AddDays(7 * week));
            if (week < 16)
            {
                await LogAsync(crm, megan, contoso, jane.Id, InteractionChannel.Phone, InteractionDirection.Outbound);
                crm.Time.Advance(TimeSpan.FromHours(3));
                await LogAsync(crm, megan, contoso, jane.Id, InteractionChannel.Phone, InteractionDirection.Inbound);
            }

            await LogAsync(crm, lukas, fabrikam, null, InteractionChannel.Email, InteractionDirection.Outbound);
            if (week is 2 or 6 or 10)
            {
                await WinAsync(crm, megan, await crm.DealAsync(megan, contoso, $"Order {week}", 1000m * (week + 1)));
            }
        }

        await WinAsync(crm, lukas, await crm.DealAsync(lukas, fabrikam, "Fabrikam order", 500m));
        crm.Tick();
        var open = (await crm.Deals.CreateAsync(megan, contoso.Id, new DealInput("Renewal", 8000m, ExpectedCloseDate: DateOnly.FromDateTime(crm.Time.GetUtcNow().UtcDateTime).AddDays(-3)))).Value!;
        await crm.Shares.ShareAsync(megan, contoso.Id, partner.Id, ShareLevel.Read);
        var guest = CrmTestStore.Guest(tenant, "Pat", partner.Id);
        return new CustomerScenario(crm, megan, lukas, CrmTestStore.Admin(tenant, "Ada"), guest, CrmTestStore.Member($"{tenant}-other", "Stranger"), contoso, fabrikam, jane, open);
    }

    public static async Task<Deal> WinAsync(CrmTestStore crm, Caller owner, Deal deal)
    {
        foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Won })
        {
            var moved = await crm.Deals.ChangeStageAsync(owner, deal.AccountId, deal.Id, stage, null);
            Assert.True(moved.IsSuccess, moved.Error?.Code);
            deal = moved.Value!;
        }

        return deal;
    }

    private static async Task LogAsync(CrmTestStore crm, Caller caller, Account account, string? contactId, InteractionChannel channel, InteractionDirection direction)
    {
        crm.Tick();
        var logged = await crm.Interactions.LogAsync(caller, account.Id, new InteractionInput(channel, direction, "Talked", crm.Time.GetUtcNow(), contactId));
        Assert.True(logged.IsSuccess, logged.Error?.Code);
    }
}
