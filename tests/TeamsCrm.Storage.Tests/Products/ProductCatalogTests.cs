using TeamsCrm.Core.Products;

namespace TeamsCrm.Storage.Tests.Products;

public sealed class ProductCatalogTests
{
    private const string Tenant = "tenant-catalog";
    private static readonly PartnerOrganization Partner = new("catalog-partners", "Catalog Partners", []);

    [Fact]
    public async Task CreateAsync_CrmAdmin_ListsUpdatesAndArchives()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Admin(Tenant, "Megan");

        var sensor = (await crm.Products.CreateAsync(megan, new ProductInput(" Sensor Pro ", "Sensors", 1200m, "EUR", UnitCost: 700.5m))).Value!;
        var gateway = (await crm.Products.CreateAsync(megan, new ProductInput("Gateway", "Networking", 300m, "USD"))).Value!;
        var archived = await crm.Products.UpdateAsync(megan, gateway.Id, new ProductInput("Gateway", "Networking", 300m, "USD", Archived: true), gateway.Version);
        var stale = await crm.Products.UpdateAsync(megan, gateway.Id, new ProductInput("Gateway 2", "Networking", 310m, "USD"), gateway.Version);
        var listed = (await crm.Products.ListAsync(megan)).Value!;
        var all = (await crm.Products.ListAsync(megan, includeArchived: true)).Value!;
        var read = (await crm.Products.GetAsync(megan, sensor.Id)).Value!;

        Assert.Equal("Sensor Pro", read.Name);
        Assert.Equal(700.5m, read.UnitCost);
        Assert.Equal(1200m, read.ListPrice);
        Assert.True(archived.Value!.Archived);
        Assert.Equal(CrmErrorKind.Conflict, stale.Error!.Kind);
        Assert.Equal(sensor.Id, Assert.Single(listed).Id);
        Assert.Equal(["Gateway", "Sensor Pro"], all.Select(p => p.Name));
    }

    [Fact]
    public async Task ListAsync_GuestOrOtherTenant_SeesNoCatalog()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var pat = CrmTestStore.Guest(Tenant, "Pat", Partner.Id);
        var stranger = CrmTestStore.Member("tenant-catalog-other", "Stranger");
        var sensor = (await crm.Products.CreateAsync(megan with { IsCrmAdmin = true }, new ProductInput("Sensor Pro", "Sensors", 1200m))).Value!;

        Assert.Equal(CrmErrorKind.Forbidden, (await crm.Products.ListAsync(pat)).Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Products.GetAsync(pat, sensor.Id)).Error!.Kind);
        Assert.Equal(CrmErrorKind.Forbidden, (await crm.Products.CreateAsync(pat, new ProductInput("Mine", "X", 1m))).Error!.Kind);
        Assert.Empty((await crm.Products.ListAsync(stranger)).Value!);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Products.GetAsync(stranger, sensor.Id)).Error!.Kind);
    }

    [Fact]
    public async Task CreateAsync_InvalidInput_NamesTheFieldsAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");

        var result = await crm.Products.CreateAsync(megan with { IsCrmAdmin = true }, new ProductInput("", "Sensors", -1m, "XXX", UnitCost: -2m));

        Assert.Equal(["name", "listPrice", "currency", "unitCost"], result.Error!.Fields.Select(f => f.Field));
        Assert.Empty((await crm.Products.ListAsync(megan, includeArchived: true)).Value!);
    }

    [Fact]
    public async Task CreateAsync_MemberWhoIsNoCrmAdmin_AdminsOnlyAndNothingWritten()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var admin = CrmTestStore.Admin(Tenant, "Ada");
        var sensor = (await crm.Products.CreateAsync(admin, new ProductInput("Sensor Pro", "Sensors", 1200m))).Value!;

        var created = await crm.Products.CreateAsync(megan, new ProductInput("Mine", "Sensors", 1m));
        var edited = await crm.Products.UpdateAsync(megan, sensor.Id, new ProductInput("Sensor Pro", "Sensors", 1m, Archived: true), sensor.Version);

        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.CatalogAdminsOnly), (created.Error!.Kind, created.Error.Code));
        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.CatalogAdminsOnly), (edited.Error!.Kind, edited.Error.Code));
        Assert.Equal(1200m, Assert.Single((await crm.Products.ListAsync(megan, includeArchived: true)).Value!).ListPrice);
    }
}
