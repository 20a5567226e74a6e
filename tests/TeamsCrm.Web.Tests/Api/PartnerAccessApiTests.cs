using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// What this instance keeps between requests (the partner's validated token, the tenant's partner list) never delays a
/// change made through it: an unshared account or an organisation that no longer claims the partner's domain is "not
/// found" on the very next read with the same token.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class PartnerAccessApiTests(ApiHost host)
{
    [Fact]
    public async Task GetAccount_ShareRevoked_IsNotFoundForThePartnerAtOnce()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        using var pat = host.ClientFor(DemoTenant.Pat);
        (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        var unshared = await host.Factory.Services.GetRequiredService<ShareService>()
            .UnshareAsync(DemoTenant.Megan, account.Id, DemoTenant.FabrikamPartners.Id);
        Assert.True(unshared.IsSuccess, unshared.Error?.Code);

        (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
    }

    [Fact]
    public async Task GetAccount_GuestRemovedFromTheOrganisation_IsNotFoundAtOnce()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        var partners = host.Factory.Services.GetRequiredService<IPartnerDirectory>();
        using var pat = host.ClientFor(DemoTenant.Pat);
        (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        try
        {
            await partners.UpsertAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners with { Members = [] });

            (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        }
        finally
        {
            await partners.UpsertAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners);
        }

        (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetAccount_SameTokenAgain_AnswersTheSameAndCarriesTheApiContentSecurityPolicy()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var first = (await megan.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);
        using var response = await megan.Http.GetAsync(new Uri($"/api/v1/accounts/{account.Id}", UriKind.Relative));
        var second = (await ApiAnswer.ReadAsync(response)).Expect(HttpStatusCode.OK);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(response.Content.Headers.ContentLength, System.Text.Encoding.UTF8.GetByteCount(second.Text));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
    }
}
