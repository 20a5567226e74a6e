using TeamsCrm.Core.Products;
using Xunit.Abstractions;

namespace TeamsCrm.Web.Tests.DemoData;

public sealed class DemoHistoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SeedAsync_Development_CatalogAndAYearOfClosedDealsWithProductsOnce()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        var seeder = services.GetRequiredService<DemoHistorySeeder>();
        var time = services.GetRequiredService<TimeProvider>();

        var started = time.GetTimestamp();
        var seeded = await seeder.SeedAsync();
        output.WriteLine($"Demo history: {seeded} deals in {time.GetElapsedTime(started).TotalMilliseconds:F0} ms (0 when the start-up seeding got there first).");
        await WaitForCatalogAsync(services);
        var again = await seeder.SeedAsync();
        var catalog = (await services.GetRequiredService<ProductCatalogService>().ListAsync(DemoTenant.Megan)).Value!;
        var contoso = (await services.GetRequiredService<IAccountStore>().LoadAsync(
            DemoTenant.TenantId, DemoAccountIds.For(DemoTenant.TenantId, 0, DemoCatalog.Companies[0].Name), new PartitionSlice(0, 100, false)))!;
        var history = contoso.Deals.Where(d => d.Source == "Demo history").ToList();

        Assert.Equal(0, again);
        Assert.Equal(8, catalog.Count);
        Assert.NotEmpty(history);
        Assert.All(history, d => Assert.True(!d.IsOpen && d.ClosedAt is not null && d.LineItems.Count > 0));
        Assert.All(history.SelectMany(d => d.LineItems), l => Assert.Contains(catalog, p => p.Id == l.ProductId));
        Assert.Contains(contoso.RecentInteractions, i => i.ProductIds.Count > 0);
    }

    private static async Task WaitForCatalogAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<TeamsCrm.Core.Persistence.IProductCatalogStore>();
        for (var attempt = 0; attempt < 200 && (await catalog.ListAsync(DemoTenant.TenantId)).Count < 8; attempt++)
        {
            await Task.Delay(50);
        }
    }
}
