namespace TeamsCrm.Storage.Tests.Partners;

/// <summary>Optimistic concurrency, the one-organisation-per-guest member index and the tenant-level audit trail, against Azurite.</summary>
public sealed class PartnerDirectorySaveTests
{
    private const string Tenant = "tenant-partner-save";
    private static readonly PartnerOrganization Fabrikam = new("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"]);

    [Fact]
    public async Task SaveAsync_NewOrganisationWithAMember_IsListedFoundByMemberAndAudited()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);

        var saved = await crm.Partners.SaveAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] }, Audit("Created"));

        Assert.NotNull(saved.Version);
        var listed = Assert.Single(await crm.Partners.ListAsync(Tenant));
        Assert.Equal([pat.AsPerson()], listed.Members);
        Assert.Equal(saved.Version, listed.Version);
        Assert.Equal(Fabrikam.Id, (await crm.Partners.FindByMemberAsync(Tenant, pat.UserId))?.Id);
        Assert.Equal("Created", Assert.Single(await crm.Partners.AuditAsync(Tenant, 10)).Action);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var first = await crm.Partners.SaveAsync(Tenant, Fabrikam, Audit("Created"));
        await crm.Partners.SaveAsync(Tenant, first with { Name = "Fabrikam Resellers" }, Audit("Renamed"));

        await Assert.ThrowsAsync<ConcurrencyException>(() => crm.Partners.SaveAsync(Tenant, first with { Name = "Stale" }, Audit("Renamed")));

        Assert.Equal("Fabrikam Resellers", (await crm.Partners.GetIfExistsAsync(Tenant, Fabrikam.Id))!.Name);
        Assert.Equal(2, (await crm.Partners.AuditAsync(Tenant, 10)).Count);
    }

    [Fact]
    public async Task SaveAsync_NewOrganisationWhoseIdExists_Throws()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.SaveAsync(Tenant, Fabrikam, Audit("Created"));

        await Assert.ThrowsAsync<ConcurrencyException>(() => crm.Partners.SaveAsync(Tenant, Fabrikam with { Name = "Other" }, Audit("Created")));
    }

    [Fact]
    public async Task SaveAsync_GuestAlreadyInAnotherOrganisation_ThrowsAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        await crm.Partners.SaveAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] }, Audit("Created"));
        var litware = await crm.Partners.SaveAsync(Tenant, new PartnerOrganization("litware", "Litware", []), Audit("Created"));

        await Assert.ThrowsAsync<ConcurrencyException>(() => crm.Partners.SaveAsync(Tenant, litware with { Members = [pat.AsPerson()] }, Audit("MemberAdded")));

        Assert.Empty((await crm.Partners.GetIfExistsAsync(Tenant, "litware"))!.Members);
        Assert.Equal(Fabrikam.Id, (await crm.Partners.FindByMemberAsync(Tenant, pat.UserId))?.Id);
    }

    [Fact]
    public async Task SaveAsync_MemberRemoved_IsFoundNoMore()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        var saved = await crm.Partners.SaveAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] }, Audit("Created"));
        Assert.NotNull(await crm.Partners.FindByMemberAsync(Tenant, pat.UserId));

        await crm.Partners.SaveAsync(Tenant, saved with { Members = [] }, Audit("MemberRemoved"));

        Assert.Null(await crm.Partners.FindByMemberAsync(Tenant, pat.UserId));
        Assert.Equal(["MemberRemoved", "Created"], (await crm.Partners.AuditAsync(Tenant, 10)).Select(a => a.Action));
    }

    [Fact]
    public async Task ListAsync_SettingsMembersAndAuditRows_AreNoOrganisations()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Fabrikam.Id);
        await crm.Partners.SaveAsync(Tenant, Fabrikam with { Members = [pat.AsPerson()] }, Audit("Created"));
        await crm.Settings.SaveAsync(Tenant, new([pat.AsPerson()]));

        Assert.Equal([Fabrikam.Id], (await crm.Partners.ListAsync(Tenant)).Select(o => o.Id));
    }

    [Fact]
    public async Task GetIfExistsAsync_RowKeysOfOtherRows_AreNoOrganisations()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Settings.SaveAsync(Tenant, new([new PersonRef("x", "X")]));

        Assert.Null(await crm.Partners.GetIfExistsAsync(Tenant, "~s|crm"));
    }

    private static int _audits;

    /// <summary>An audit entry a little later than the one before, so newest-first order is defined.</summary>
    private static AuditEntry Audit(string action) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        AccountId = string.Empty,
        Action = action,
        RecordKind = "PartnerOrganization",
        RecordId = Fabrikam.Id,
        Actor = new PersonRef("admin", "Megan"),
        At = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddSeconds(Interlocked.Increment(ref _audits)),
    };
}
