using TeamsCrm.Storage.Partners;

namespace TeamsCrm.Storage.Tests.Partners;

/// <summary>
/// A tenant's partner list and each guest's organisation are kept briefly per instance: a change made through this
/// instance shows at once, one made by another instance (another directory on the same tables) once
/// <see cref="TablePartnerDirectory.ListLifetime"/> passed.
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
    public async Task ResolveAsync_GuestRemovedThroughThisInstance_LosesTheOrganisationAtOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        var resolver = new CallerResolver(new TestPeopleDirectory(), crm.Partners, crm.Settings);
        await crm.Partners.UpsertAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] });
        Assert.Equal(Fabrikam.Id, (await resolver.ResolveAsync(Tenant, pat.UserId, null, claimsGuest: false)).PartnerOrganizationId);

        await crm.Partners.UpsertAsync(Tenant, Fabrikam with { Members = [] });

        Assert.Null((await resolver.ResolveAsync(Tenant, pat.UserId, null, claimsGuest: false)).PartnerOrganizationId);
    }

    [Fact]
    public async Task ResolveAsync_GuestWithThePartnersEmailDomainButNoMembership_GetsNoOrganisation()
    {
        var crm = await CrmTestStore.CreateAsync();
        var eve = CrmTestStore.Guest(Tenant, "Eve", Fabrikam.Id);
        await crm.Partners.UpsertAsync(Tenant, Fabrikam with { EmailDomains = [TestPeopleDirectory.DomainOf(Fabrikam.Id)] });

        var resolved = await new CallerResolver(new TestPeopleDirectory(), crm.Partners, crm.Settings).ResolveAsync(Tenant, eve.UserId, null, claimsGuest: false);

        Assert.True(resolved.IsGuest);
        Assert.Null(resolved.PartnerOrganizationId);
    }

    [Fact]
    public async Task FindByMemberAsync_MemberAddedByAnotherInstance_ShowsAfterTheLifetime()
    {
        var crm = await CrmTestStore.CreateAsync();
        var otherInstance = new TablePartnerDirectory(crm.Tables, crm.Time);
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        await crm.Partners.UpsertAsync(Tenant, Fabrikam);
        Assert.Null(await crm.Partners.FindByMemberAsync(Tenant, pat.UserId));

        await otherInstance.UpsertAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] });
        var kept = await crm.Partners.FindByMemberAsync(Tenant, pat.UserId);
        crm.Time.Advance(TablePartnerDirectory.ListLifetime);

        Assert.Null(kept);
        Assert.Equal(Fabrikam.Id, (await crm.Partners.FindByMemberAsync(Tenant, pat.UserId))?.Id);
    }
}
