using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>PUT /api/v1/accounts/{id}: If-Match with the ETag, 428 without it, 412 with the current account when it changed.</summary>
[Collection(ApiTests.Name)]
public sealed class AccountUpdateApiTests(ApiHost host)
{
    [Fact]
    public async Task UpdateAccount_CurrentETag_Returns200WithNewETag()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var read = await megan.GetAsync($"/api/v1/accounts/{account.Id}");

        var updated = (await megan.PutAsync($"/api/v1/accounts/{account.Id}", new { name = account.Name, industry = "Aerospace", status = "Prospect" }, read.ETag))
            .Expect(HttpStatusCode.OK);

        Assert.Equal("Aerospace", updated["industry"]);
        Assert.Equal("Prospect", updated["status"]);
        Assert.NotEqual(read.ETag, updated.ETag);
        Assert.Equal("Aerospace", (await megan.GetAsync($"/api/v1/accounts/{account.Id}"))["industry"]);
    }

    [Fact]
    public async Task UpdateAccount_WithoutIfMatch_Returns428AndChangesNothing()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, "de");

        var answer = await megan.PutAsync($"/api/v1/accounts/{account.Id}", new { name = "Renamed" }, ifMatch: null);

        answer.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        Assert.Contains("If-Match", answer["title"], StringComparison.Ordinal);
        Assert.Equal(account.Name, (await megan.GetAsync($"/api/v1/accounts/{account.Id}"))["name"]);
    }

    [Fact]
    public async Task UpdateAccount_StaleETag_Returns412WithTheCurrentAccount()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        var stale = (await megan.GetAsync($"/api/v1/accounts/{account.Id}")).ETag;
        var lukasChange = (await lukas.PutAsync($"/api/v1/accounts/{account.Id}", new { name = account.Name, industry = "Lukas was here" }, stale)).Expect(HttpStatusCode.OK);

        var answer = await megan.PutAsync($"/api/v1/accounts/{account.Id}", new { name = account.Name, industry = "Megan's view" }, stale);

        answer.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("Lukas was here", answer["current.industry"]);
        Assert.Equal(lukasChange.ETag, answer["current.etag"]);
        Assert.Equal(lukasChange.ETag, answer.ETag);
        Assert.Equal("Lukas was here", (await megan.GetAsync($"/api/v1/accounts/{account.Id}"))["industry"]);
    }

    [Theory]
    [InlineData("\"bm90LW91cnM\"")]
    [InlineData("W/\"weak\"")]
    [InlineData("garbage")]
    public async Task UpdateAccount_ForeignIfMatch_Returns412(string ifMatch)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = await megan.PutAsync($"/api/v1/accounts/{account.Id}", new { name = "Not Applied" }, ifMatch);

        answer.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal(account.Name, answer["current.name"]);
    }

    [Fact]
    public async Task UpdateAccount_Guest_Returns403()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, Core.Partners.ShareLevel.Edit);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var read = await pat.GetAsync($"/api/v1/accounts/{account.Id}");

        var answer = await pat.PutAsync($"/api/v1/accounts/{account.Id}", new { name = "Partner Rename" }, read.ETag);

        answer.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }
}
