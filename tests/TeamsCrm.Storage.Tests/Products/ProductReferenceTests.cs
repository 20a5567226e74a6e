using TeamsCrm.Core.Products;

namespace TeamsCrm.Storage.Tests.Products;

public sealed class ProductReferenceTests
{
    private const string Tenant = "tenant-lines";
    private static readonly PartnerOrganization Partner = new("lines-partners", "Lines Partners", []);

    [Fact]
    public async Task CreateAsync_DealWithLineItems_StoresThemAndKeepsTheAmountAsEntered()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var sensor = await ProductAsync(crm, megan, "Sensor Pro");

        var created = await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Rollout", 5000m, LineItems: [new DealLineItem(sensor.Id, 5m, 1100.25m)]));
        var read = (await crm.Deals.GetAsync(megan, account.Id, created.Value!.Id)).Value!;

        Assert.Equal(5000m, read.Amount);
        var line = Assert.Single(read.LineItems);
        Assert.Equal((sensor.Id, 5m, (decimal?)1100.25m), (line.ProductId, line.Quantity, line.UnitPrice));
    }

    [Fact]
    public async Task CreateAsync_UnknownOrArchivedProduct_ClearErrorAndNothingWritten()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var old = await ProductAsync(crm, megan, "Old Sensor");
        await crm.Products.UpdateAsync(megan with { IsCrmAdmin = true }, old.Id, new ProductInput("Old Sensor", "Sensors", 100m, Archived: true), null);
        var before = await crm.CountPartitionEntitiesAsync(Tenant, account.Id);
        var unknownId = Guid.CreateVersion7().ToString("N");

        var result = await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Rollout", 10m, LineItems: [new DealLineItem(unknownId, 1m, 1m), new DealLineItem(old.Id, 1m, 1m)]));
        var tagged = await crm.Interactions.LogAsync(megan, account.Id, new InteractionInput(InteractionChannel.Email, InteractionDirection.Inbound, "Asked", ProductIds: [unknownId]));

        Assert.Equal(
            [("lineItems[0].productId", ErrorCodes.UnknownProduct), ("lineItems[1].productId", ErrorCodes.ProductArchived)],
            result.Error!.Fields.Select(f => (f.Field, f.Code)));
        Assert.Equal(("productIds[0]", ErrorCodes.UnknownProduct), (tagged.Error!.Fields[0].Field, tagged.Error.Fields[0].Code));
        Assert.Equal(before, await crm.CountPartitionEntitiesAsync(Tenant, account.Id));
    }

    [Fact]
    public async Task GetAsync_GuestWithShare_SeesProductsButNoLinePrices()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Partner);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var pat = CrmTestStore.Guest(Tenant, "Pat", Partner.Id);
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var sensor = await ProductAsync(crm, megan, "Sensor Pro");
        var deal = (await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Rollout", 5000m, LineItems: [new DealLineItem(sensor.Id, 2m, 999m)]))).Value!;
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Edit, deal.Id);

        var seen = (await crm.Deals.GetAsync(pat, account.Id, deal.Id)).Value!;
        var updated = await crm.Deals.UpdateAsync(pat, account.Id, deal.Id, new DealInput("Rollout", 5000m, LineItems: []), null);

        var line = Assert.Single(seen.LineItems);
        Assert.Equal(2m, line.Quantity);
        Assert.Null(line.UnitPrice);
        Assert.Equal(999m, Assert.Single(updated.Value!.LineItems).UnitPrice);
    }

    [Fact]
    public async Task LogAsync_InteractionTaggedWithProducts_StoresTheTags()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var sensor = await ProductAsync(crm, megan, "Sensor Pro");

        await crm.Interactions.LogAsync(megan, account.Id, new InteractionInput(InteractionChannel.Meeting, InteractionDirection.Outbound, "Demo", ProductIds: [sensor.Id, sensor.Id]));
        var stored = Assert.Single((await crm.Interactions.ListAsync(megan, account.Id, new PageRequest())).Value!.Items);

        Assert.Equal([sensor.Id], stored.ProductIds);
    }

    private static async Task<Product> ProductAsync(CrmTestStore crm, Caller caller, string name) =>
        (await crm.Products.CreateAsync(caller with { IsCrmAdmin = true }, new ProductInput(name, "Sensors", 100m))).Value!;
}
