using TeamsCrm.Storage.Partners;

namespace TeamsCrm.Storage.Tests.Partners;

/// <summary>
/// A tenant's partner list is kept briefly per instance: a change made through this instance shows at once, one made
/// by another instance (another directory on the same tables) once <see cref="TablePartnerDirectory.ListLifetime"/> passed.
/// </summary>
public sealed class PartnerListCacheTests
{
    private const string Tenant = "tenant-partner-lists";
    private static readonly PartnerOrganization Fabrikam = new("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"]);
    private static readonly PartnerOrganization Litware = new("litware", "Litware", ["litware.example"]);

    [Fact]
    public async Task ListAsync_ChangeThroughThisInstance_ShowsAtOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Fabrikam);
        Assert.Equal(["fabrikampartners.example"], Assert.Single(await crm.Partners.ListAsync(Tenant)).EmailDomains);

        await crm.Partners.UpsertAsync(Tenant, Fabrikam with { EmailDomains = ["fabrikam-new.example"] });
        await crm.Partners.UpsertAsync(Tenant, Litware);

        var listed = await crm.Partners.ListAsync(Tenant);
        Assert.Equal(["fabrikam-new.example"], listed.Single(o => o.Id == Fabrikam.Id).EmailDomains);
        Assert.Contains(listed, o => o.Id == Litware.Id);
    }

    [Fact]
    public async Task ListAsync_ChangeByAnotherInstance_ShowsAfterTheLifetime()
    {
        var crm = await CrmTestStore.CreateAsync();
        var otherInstance = new TablePartnerDirectory(crm.Tables, crm.Time);
        await crm.Partners.UpsertAsync(Tenant, Fabrikam);
        Assert.Single(await crm.Partners.ListAsync(Tenant));

        await otherInstance.UpsertAsync(Tenant, Litware);
        crm.Time.Advance(TablePartnerDirectory.ListLifetime - TimeSpan.FromSeconds(1));
        var kept = await crm.Partners.ListAsync(Tenant);
        crm.Time.Advance(TimeSpan.FromSeconds(1));
        var readAgain = await crm.Partners.ListAsync(Tenant);

        Assert.Single(kept);
        Assert.Equal([Fabrikam.Id, Litware.Id], readAgain.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task ListAsync_KeptListOfOneTenant_NeverAnswersForAnother()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Fabrikam);
        Assert.Single(await crm.Partners.ListAsync(Tenant));

        Assert.Empty(await crm.Partners.ListAsync("tenant-without-partners"));
    }

    [Fact]
    public async Task ResolveAsync_GuestsDomainRemovedThroughThisInstance_LosesTheOrganisationAtOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        var claimingPatsDomain = Fabrikam with { EmailDomains = [TestPeopleDirectory.DomainOf(Fabrikam.Id)] };
        var resolver = new CallerResolver(new TestPeopleDirectory(), crm.Partners);
        await crm.Partners.UpsertAsync(Tenant, claimingPatsDomain);
        Assert.Equal(Fabrikam.Id, (await resolver.ResolveAsync(Tenant, pat.UserId, null, claimsGuest: false)).PartnerOrganizationId);

        await crm.Partners.UpsertAsync(Tenant, claimingPatsDomain with { EmailDomains = ["fabrikam-new.example"] });

        Assert.Null((await resolver.ResolveAsync(Tenant, pat.UserId, null, claimsGuest: false)).PartnerOrganizationId);
    }
}
