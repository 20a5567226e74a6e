using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>/api/v1/products: members read the catalog, CRM admins change it, guests see none; a deal answers its line items (a guest without prices).</summary>
[Collection(ApiTests.Name)]
public sealed class ProductApiTests(ApiHost host)
{
    [Fact]
    public async Task Products_AdminCreatesAndArchives_MemberReadsButMayNotEdit_GuestSeesNone()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas, "de");
        using var pat = host.ClientFor(DemoTenant.Pat);
        var name = $"Api Sensor {Guid.NewGuid():N}";

        var created = (await megan.PostAsync("/api/v1/products", new { name, family = "Sensors", listPrice = 120m, currency = "EUR", unitCost = 70m })).Expect(HttpStatusCode.Created);
        var id = created["id"]!;
        var listed = (await lukas.GetAsync("/api/v1/products")).Expect(HttpStatusCode.OK);
        var refused = (await lukas.PostAsync("/api/v1/products", new { name = "Mine", family = "Sensors", listPrice = 1m })).ExpectProblem(HttpStatusCode.Forbidden, "Error.CatalogAdminsOnly");
        (await lukas.PutAsync($"/api/v1/products/{id}", new { name, family = "Sensors", listPrice = 1m }, created.ETag)).ExpectProblem(HttpStatusCode.Forbidden, "Error.CatalogAdminsOnly");
        (await megan.PutAsync($"/api/v1/products/{id}", new { name, family = "Sensors", listPrice = 120m, archived = true }, null)).ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        var archived = (await megan.PutAsync($"/api/v1/products/{id}", new { name, family = "Sensors", listPrice = 120m, archived = true }, created.ETag)).Expect(HttpStatusCode.OK);
        var stale = await megan.PutAsync($"/api/v1/products/{id}", new { name, family = "Sensors", listPrice = 99m }, created.ETag);
        var afterArchive = (await lukas.GetAsync("/api/v1/products")).Expect(HttpStatusCode.OK);
        var withArchived = (await lukas.GetAsync("/api/v1/products?includeArchived=true")).Expect(HttpStatusCode.OK);
        (await pat.GetAsync("/api/v1/products")).ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        (await pat.GetAsync($"/api/v1/products/{id}")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");

        Assert.Equal(("Sensors", "120", "70"), (created["family"], created["listPrice"], created["unitCost"]));
        Assert.Contains(listed.Json.AsArray(), p => (string?)p!["id"] == id);
        Assert.Contains("CRM-Administratoren", refused["title"], StringComparison.Ordinal);
        Assert.Equal("true", archived["archived"], ignoreCase: true);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.DoesNotContain(afterArchive.Json.AsArray(), p => (string?)p!["id"] == id);
        Assert.Contains(withArchived.Json.AsArray(), p => (string?)p!["id"] == id);
    }

    [Fact]
    public async Task CreateProduct_BadInput_BadRequestNamingEveryField()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = (await megan.PostAsync("/api/v1/products", new { name = "", family = "Sensors", listPrice = -1m, currency = "XXX" })).ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");

        Assert.NotNull(answer["errors.name.0"]);
        Assert.NotNull(answer["errors.listPrice.0"]);
        Assert.NotNull(answer["errors.currency.0"]);
    }

    [Fact]
    public async Task GetDeal_WithLineItems_MemberSeesPricesGuestOnlyProductsAndQuantities()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var product = (await megan.PostAsync("/api/v1/products", new { name = $"Line Sensor {Guid.NewGuid():N}", family = "Sensors", listPrice = 50m })).Expect(HttpStatusCode.Created);
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/deals", new { title = "Lines", amount = 150m, lineItems = new[] { new { productId = product["id"], quantity = 3m, unitPrice = 50m } } })).Expect(HttpStatusCode.Created);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read, deal["id"]);

        var members = (await megan.GetAsync($"/api/v1/accounts/{account.Id}/deals/{deal["id"]}")).Expect(HttpStatusCode.OK);
        var guests = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/deals/{deal["id"]}")).Expect(HttpStatusCode.OK);

        Assert.Equal((product["id"], "3", "50"), (members["lineItems.0.productId"], members["lineItems.0.quantity"], members["lineItems.0.unitPrice"]));
        Assert.Equal((product["id"], "3"), (guests["lineItems.0.productId"], guests["lineItems.0.quantity"]));
        Assert.Null(guests.Json["lineItems"]![0]!["unitPrice"]);
    }
}
