using TeamsCrm.Core.Products;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// GET /api/v1/insights/mining over HTTP: a member gets the refreshed counts with rates and "too few"; a guest 403 as
/// for every customer insight; a user of another tenant 403 with whom to ask; bad filters 400 with the field named.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class MiningApiTests(ApiHost host)
{
    private static readonly Caller Stranger = new(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Stranger", CallerRole.Member);

    [Fact]
    public async Task GetMining_MembersNewProductWonOnce_CountsItAsTooFewAfterTheRefresh()
    {
        var probe = await ProductWonOnceAsync();
        using var lukas = host.ClientFor(DemoTenant.Lukas);

        var answer = (await lukas.GetAsync($"/api/v1/insights/mining?product={probe.Id}&dimension=industry")).Expect(HttpStatusCode.OK);

        var product = Assert.Single(answer.Json["products"]!.AsArray())!;
        Assert.Equal((probe.Id, probe.Name), ((string?)product["productId"], (string?)product["name"]));
        Assert.Equal((1, 1, 1), ((int)product["interestedAccounts"]!, (int)product["closedDeals"]!, (int)product["wonDeals"]!));
        var testing = Assert.Single(product["interest"]!.AsArray(), c => (string?)c!["value"] == "Testing")!;
        Assert.Equal(("Industry", "Industry Testing", 1), ((string?)testing["dimension"], (string?)testing["segment"], (int)testing["successes"]!));
        Assert.All(product["interest"]!.AsArray(), c => Assert.Equal("Industry", (string?)c!["dimension"]));
        var converted = Assert.Single(product["conversion"]!.AsArray(), c => (string?)c!["value"] == "Testing")!;
        Assert.Equal((1, 1, true), ((int)converted["successes"]!, (int)converted["trials"]!, (bool)converted["tooFew"]!));
        Assert.Null(converted["rate"]);
        Assert.Equal("Industry Testing: 1 of 1 deals won, too few (1)", (string?)converted["text"]);
        Assert.Equal(10, (int)answer.Json["minimumSupport"]!);
        Assert.NotNull(answer["computedAt"]);
    }

    [Fact]
    public async Task GetMining_KindFilterInGerman_OnlyThatKindInWords()
    {
        var probe = await ProductWonOnceAsync();
        using var lukas = host.ClientFor(DemoTenant.Lukas, "de");

        var answer = (await lukas.GetAsync($"/api/v1/insights/mining?product={probe.Id}&kind=conversion")).Expect(HttpStatusCode.OK);

        var product = Assert.Single(answer.Json["products"]!.AsArray())!;
        Assert.Empty(product["interest"]!.AsArray());
        var converted = Assert.Single(product["conversion"]!.AsArray(), c => (string?)c!["value"] == "Testing")!;
        Assert.Equal("Branche Testing: 1 von 1 Deals gewonnen, zu wenige (1)", (string?)converted["text"]);
    }

    [Fact]
    public async Task GetMining_GuestAndOtherTenant_Forbidden()
    {
        using var pat = host.ClientFor(DemoTenant.Pat);
        using var stranger = host.ClientFor(Stranger);

        (await pat.GetAsync("/api/v1/insights/mining")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await stranger.GetAsync("/api/v1/insights/mining")).ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");
    }

    [Fact]
    public async Task GetMining_BadFilters_BadRequestNamingTheField()
    {
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var german = host.ClientFor(DemoTenant.Lukas, "de");

        var dimension = (await lukas.GetAsync("/api/v1/insights/mining?dimension=planet")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        var kind = (await lukas.GetAsync("/api/v1/insights/mining?kind=maybe")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        var product = (await lukas.GetAsync("/api/v1/insights/mining?product=no-such-product")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        var rfm = (await german.GetAsync("/api/v1/insights/mining?dimension=rfmSegment&kind=conversion")).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");

        Assert.Contains("industry, sizeBand, country or rfmSegment", dimension["errors.dimension.0"], StringComparison.Ordinal);
        Assert.Contains("interest or conversion", kind["errors.kind.0"], StringComparison.Ordinal);
        Assert.Contains("No product with this id", product["errors.product.0"], StringComparison.Ordinal);
        Assert.Contains("nicht nach RFM-Segment", rfm["errors.kind.0"], StringComparison.Ordinal);
    }

    /// <summary>A new product in the catalog, on one won deal of a new account (industry "Testing"), and the customer refresh round run as the background service does.</summary>
    private async Task<Product> ProductWonOnceAsync()
    {
        var services = host.Factory.Services;
        var created = await services.GetRequiredService<ProductCatalogService>()
            .CreateAsync(DemoTenant.Megan, new ProductInput($"Mining Probe {Guid.NewGuid().ToString("N")[..6]}", "Probes", 50m));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var probe = created.Value!;
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deals = services.GetRequiredService<DealService>();
        var deal = (await deals.CreateAsync(DemoTenant.Megan, account.Id, new DealInput("Probes", 100m, LineItems: [new DealLineItem(probe.Id, 2m, 50m)]))).Value!;
        foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Won })
        {
            var moved = await deals.ChangeStageAsync(DemoTenant.Megan, account.Id, deal.Id, stage, null);
            Assert.True(moved.IsSuccess, moved.Error?.Code);
        }

        await services.GetRequiredService<CustomerSummaryRefresher>().RefreshAsync(DemoTenant.TenantId);
        return probe;
    }
}
