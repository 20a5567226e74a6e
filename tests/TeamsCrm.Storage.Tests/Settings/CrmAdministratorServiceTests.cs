using TeamsCrm.Core.Application;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Storage.Tests.Settings;

/// <summary>Choosing the tenant's CRM administrators through the use case, on the real store (Azurite).</summary>
public sealed class CrmAdministratorServiceTests
{
    private const string Tenant = "tenant-crm-admins";

    [Fact]
    public async Task AddAsync_AdminAddsAMember_ListedAuditedAndTheSettingsSayItAtOnce()
    {
        var (crm, megan) = await StartAsync();
        var lukas = CrmTestStore.Member(Tenant, "Lukas");

        var added = await crm.Administrators.AddAsync(megan, lukas.UserId);

        Assert.True(added.IsSuccess);
        Assert.Equal(["Megan", "Lukas"], added.Value!.Select(a => a.DisplayName));
        Assert.True((await crm.Settings.GetAsync(Tenant)).IsAdmin(lukas.UserId));
        var entry = Assert.Single(await crm.PartnerOrganizations.AuditAsync(megan, 10));
        Assert.Equal((CrmAdministratorService.Added, lukas.UserId, megan.UserId), (entry.Action, entry.RecordId, entry.Actor.UserId));
    }

    [Fact]
    public async Task RemoveAsync_AnotherAdmin_RemovedAndAudited()
    {
        var (crm, megan) = await StartAsync();
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        Assert.True((await crm.Administrators.AddAsync(megan, lukas.UserId)).IsSuccess);

        var removed = await crm.Administrators.RemoveAsync(megan, lukas.UserId);

        Assert.Equal(["Megan"], removed.Value!.Select(a => a.DisplayName));
        Assert.False((await crm.Settings.GetAsync(Tenant)).IsAdmin(lukas.UserId));
        Assert.Equal([CrmAdministratorService.Added, CrmAdministratorService.Removed], (await crm.PartnerOrganizations.AuditAsync(megan, 10)).Select(e => e.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RemoveAsync_TheLastAdmin_SaysWhyAndChangesNothing()
    {
        var (crm, megan) = await StartAsync();

        var result = await crm.Administrators.RemoveAsync(megan, megan.UserId);

        Assert.Equal(ErrorCodes.CrmAdminLast, result.Error!.Code);
        await AssertUnchangedAsync(crm, megan);
    }

    [Fact]
    public async Task Changes_BadInput_SayWhyAndChangeNothing()
    {
        var (crm, megan) = await StartAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", null);
        var lukas = CrmTestStore.Member(Tenant, "Lukas");

        Assert.Equal(ErrorCodes.CrmAdminNotMember, (await crm.Administrators.AddAsync(megan, pat.UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.PartnerMemberUnknown, (await crm.Administrators.AddAsync(megan, Guid.NewGuid().ToString())).Error!.Code);
        Assert.Equal(ErrorCodes.PartnerMemberUnknown, (await crm.Administrators.AddAsync(megan, "  ")).Error!.Code);
        Assert.Equal(ErrorCodes.CrmAdminAlready, (await crm.Administrators.AddAsync(megan, megan.UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.CrmAdminNotListed, (await crm.Administrators.RemoveAsync(megan, lukas.UserId)).Error!.Code);
        await AssertUnchangedAsync(crm, megan);
    }

    [Fact]
    public async Task Changes_ByAMemberWhoIsNoAdminOrNoLonger_AreForbidden()
    {
        var (crm, megan) = await StartAsync();
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var stale = CrmTestStore.Member(Tenant, "Adele") with { IsCrmAdmin = true }; // an open page that still thinks so

        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.CrmAdminsOnly), Describe(await crm.Administrators.AddAsync(lukas, lukas.UserId)));
        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.CrmAdminsOnly), Describe(await crm.Administrators.AddAsync(stale, lukas.UserId)));
        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.CrmAdminsOnly), Describe(await crm.Administrators.RemoveAsync(lukas, megan.UserId)));
        Assert.True((await crm.Administrators.ListAsync(lukas)).IsSuccess); // every member reads who they are
        await AssertUnchangedAsync(crm, megan);
    }

    [Fact]
    public async Task Everything_ForAGuest_DoesNotExist()
    {
        var (crm, megan) = await StartAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", null) with { IsCrmAdmin = true };

        Assert.Equal(ErrorCodes.NotFound, (await crm.Administrators.ListAsync(pat)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await crm.Administrators.AddAsync(pat, pat.UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await crm.Administrators.RemoveAsync(pat, megan.UserId)).Error!.Code);
        await AssertUnchangedAsync(crm, megan);
    }

    [Fact]
    public async Task AddAsync_TwoAdminsAtOnce_NeitherChangeIsLost()
    {
        var (crm, megan) = await StartAsync();
        var adele = CrmTestStore.Member(Tenant, "Adele");
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var johanna = CrmTestStore.Member(Tenant, "Johanna");
        Assert.True((await crm.Administrators.AddAsync(megan, adele.UserId)).IsSuccess);

        var results = await Task.WhenAll(
            crm.Administrators.AddAsync(megan, lukas.UserId),
            crm.Administrators.AddAsync(adele with { IsCrmAdmin = true }, johanna.UserId));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        var admins = (await crm.Administrators.ListAsync(megan)).Value!;
        Assert.Equal(["Adele", "Johanna", "Lukas", "Megan"], admins.Select(a => a.DisplayName).Order());
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_WritesNothing()
    {
        var (crm, megan) = await StartAsync();
        var changes = (ICrmSettingsChanges)crm.Settings;
        var read = await changes.GetCurrentAsync(Tenant);
        var audit = new AuditTrail(crm.Time).Entry(megan, string.Empty, CrmAdministratorService.Added, CrmAdministratorService.AuditKind, "x", null, null);
        await changes.SaveAsync(Tenant, read with { Admins = [.. read.Admins, new PersonRef("a", "A")] }, audit);

        await Assert.ThrowsAsync<ConcurrencyException>(() => changes.SaveAsync(Tenant, read with { Admins = [.. read.Admins, new PersonRef("b", "B")] }, audit with { Id = "other" }));

        Assert.Equal(["Megan", "A"], (await changes.GetCurrentAsync(Tenant)).Admins.Select(a => a.DisplayName));
        Assert.Single(await crm.PartnerOrganizations.AuditAsync(megan, 10));
    }

    /// <summary>A store whose tenant has one stored administrator, Megan, and no audit entry yet.</summary>
    private static async Task<(CrmTestStore Crm, Caller Megan)> StartAsync()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Admin(Tenant, "Megan");
        await crm.Settings.SaveAsync(Tenant, new CrmSettings([new PersonRef(megan.UserId, "Megan")]));
        return (crm, megan);
    }

    private static async Task AssertUnchangedAsync(CrmTestStore crm, Caller megan)
    {
        Assert.Equal([megan.UserId], (await ((ICrmSettingsChanges)crm.Settings).GetCurrentAsync(Tenant)).Admins.Select(a => a.UserId));
        Assert.Empty(await crm.PartnerOrganizations.AuditAsync(megan, 10));
    }

    private static (CrmErrorKind, string) Describe<T>(CrmResult<T> result) => (result.Error!.Kind, result.Error.Code);
}
