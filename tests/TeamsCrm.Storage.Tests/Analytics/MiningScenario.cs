using TeamsCrm.Core.Products;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// A tenant whose manufacturers look at Sensor Pro: 10 Manufacturing accounts each with a Sensor Pro deal (7 won,
/// 3 lost), 10 Retail accounts of which 2 lost a Sensor Pro deal and 1 asked about the Gauge (an interaction tagged
/// with it). The catalog also holds a Valve nobody looked at. A partner guest and a member of another tenant.
/// </summary>
internal sealed record MiningScenario(CrmTestStore Crm, Caller Megan, Caller Guest, Caller Stranger, string SensorId, string GaugeId, string ValveId)
{
    public static async Task<MiningScenario> CreateAsync(string tenant)
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(tenant, "Ada");
        var megan = CrmTestStore.Member(tenant, "Megan");
        var sensor = (await crm.Products.CreateAsync(admin, new ProductInput("Sensor Pro", "Sensors", 1200m))).Value!.Id;
        var gauge = (await crm.Products.CreateAsync(admin, new ProductInput("Gauge", "Gauges", 300m))).Value!.Id;
        var valve = (await crm.Products.CreateAsync(admin, new ProductInput("Valve", "Valves", 90m))).Value!.Id;
        for (var i = 0; i < 10; i++)
        {
            var manufacturer = await AccountAsync(crm, megan, $"Maker {i}", "Manufacturing");
            await CloseAsync(crm, megan, await SensorDealAsync(crm, megan, manufacturer, sensor), won: i < 7);
            var retailer = await AccountAsync(crm, megan, $"Shop {i}", "Retail");
            if (i < 2)
            {
                await CloseAsync(crm, megan, await SensorDealAsync(crm, megan, retailer, sensor), won: false);
            }
            else if (i == 2)
            {
                crm.Tick();
                var asked = await crm.Interactions.LogAsync(megan, retailer.Id, new InteractionInput(InteractionChannel.Email, InteractionDirection.Inbound, "Gauge prices?", crm.Time.GetUtcNow(), ProductIds: [gauge]));
                Assert.True(asked.IsSuccess, asked.Error?.Code);
            }
        }

        var guest = CrmTestStore.Guest(tenant, "Pat", $"{tenant}-partners");
        return new MiningScenario(crm, megan, guest, CrmTestStore.Member($"{tenant}-other", "Stranger"), sensor, gauge, valve);
    }

    private static async Task<Account> AccountAsync(CrmTestStore crm, Caller caller, string name, string industry)
    {
        crm.Tick();
        var created = await crm.Accounts.CreateAsync(caller, new AccountInput(name, Industry: industry), allowSimilarName: true);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    private static async Task<Deal> SensorDealAsync(CrmTestStore crm, Caller caller, Account account, string sensor)
    {
        crm.Tick();
        var created = await crm.Deals.CreateAsync(caller, account.Id, new DealInput("Sensors", 2400m, LineItems: [new DealLineItem(sensor, 2m, 1200m)]));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    private static async Task CloseAsync(CrmTestStore crm, Caller owner, Deal deal, bool won)
    {
        crm.Tick();
        if (won)
        {
            await CustomerScenario.WinAsync(crm, owner, deal);
            return;
        }

        var lost = await crm.Deals.ChangeStageAsync(owner, deal.AccountId, deal.Id, DealStage.Lost, null);
        Assert.True(lost.IsSuccess, lost.Error?.Code);
    }
}
