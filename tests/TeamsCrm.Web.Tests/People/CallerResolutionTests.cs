using TeamsCrm.Core.People;

namespace TeamsCrm.Web.Tests.People;

public sealed class CallerResolutionTests
{
    [Fact]
    public async Task ResolveAsync_Development_DemoMemberAndPartnerGuest()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var resolver = factory.Services.GetRequiredService<CallerResolver>();

        var megan = await resolver.ResolveAsync(DemoTenant.TenantId, DemoTenant.Megan.UserId, null, claimsGuest: false);
        var pat = await resolver.ResolveAsync(DemoTenant.TenantId, DemoTenant.Pat.UserId, null, claimsGuest: false);
        var stranger = await resolver.ResolveAsync(DemoTenant.TenantId, "00000000-0000-0000-0000-00000000dead", "Stranger", claimsGuest: false);

        Assert.Equal(DemoTenant.Megan, megan);
        Assert.Equal(DemoTenant.Pat, pat);
        Assert.Equal(CallerRole.Guest, stranger.Role);
        Assert.Null(stranger.PartnerOrganizationId);
    }

    [Fact]
    public void Start_ProductionWithoutGraph_RefusesToStart()
    {
        using var factory = new ProductionWithoutGraphFactory();

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Graph:TenantId", error.Message, StringComparison.Ordinal);
    }

    private sealed class ProductionWithoutGraphFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:ConnectionString", TestStorage.ConnectionString);
        }
    }
}
