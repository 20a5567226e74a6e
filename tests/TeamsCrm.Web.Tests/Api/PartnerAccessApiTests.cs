using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// What this instance keeps between requests (the partner's validated token, the tenant's partner list) never delays a
/// change made through it: an unshared account is "not found" on the very next read with the same token, and a guest
/// removed from their organisation is told at once whom to ask.
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
    public async Task GetAccount_GuestRemovedFromTheOrganisation_ForbiddenAtOnceNamingTheAdminToAsk()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        var partners = host.Factory.Services.GetRequiredService<IPartnerDirectory>();
        using var pat = host.ClientFor(DemoTenant.Pat);
        (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        try
        {
            await partners.UpsertAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners with { Members = [] });
            using var patInGerman = host.ClientFor(DemoTenant.Pat, "de");

            var english = (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");
            var list = (await pat.GetAsync("/api/v1/handoffs")).ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");
            var german = (await patInGerman.GetAsync($"/api/v1/accounts/{account.Id}")).ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");

            Assert.Equal("You are a guest here and not yet part of a partner organisation, so there is nothing for you to see yet. Please ask Megan Bowen to add you.", english["detail"]);
            Assert.Equal(english["detail"], list["detail"]);
            Assert.Contains("Bitte wenden Sie sich an Megan Bowen", german["detail"], StringComparison.Ordinal);
            Assert.All(new[] { english, german }, answer => Assert.DoesNotContain(account.Name, answer.Text, StringComparison.Ordinal));
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
