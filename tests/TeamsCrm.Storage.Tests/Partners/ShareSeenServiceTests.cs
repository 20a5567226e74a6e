namespace TeamsCrm.Storage.Tests.Partners;

/// <summary>
/// ShareService with the share the person saw (ShareSeen): a share, level change or unshare confirmed against a share
/// that someone else changed meanwhile changes nothing and answers Conflict with the share as it is now.
/// </summary>
public sealed class ShareSeenServiceTests
{
    private const string Tenant = "tenant-share-seen";

    [Fact]
    public async Task ChangeLevel_ShareChangedMeanwhile_ConflictWithTheCurrentShareAndNothingChanges()
    {
        var (crm, megan, org, account) = await SharedAsync(ShareLevel.Read);
        var seen = ShareSeen.Of(await ShareAsync(crm, account.Id, org.Id));
        crm.Tick();
        Assert.True((await crm.Shares.ShareAsync(CrmTestStore.Member(Tenant, "Lukas"), account.Id, org.Id, ShareLevel.Edit)).IsSuccess);

        var lowered = await crm.Shares.ShareAsync(megan, account.Id, org.Id, ShareLevel.Contribute, null, seen);

        Assert.Equal(CrmErrorKind.Conflict, lowered.Error!.Kind);
        Assert.Equal(ShareLevel.Edit, Assert.IsType<Share>(lowered.Error.Current).Level);
        Assert.Equal(ShareLevel.Edit, (await ShareAsync(crm, account.Id, org.Id))!.Level);
    }

    [Fact]
    public async Task ChangeLevel_ShareAsSeen_Changes()
    {
        var (crm, megan, org, account) = await SharedAsync(ShareLevel.Read);
        var seen = ShareSeen.Of(await ShareAsync(crm, account.Id, org.Id));

        var raised = await crm.Shares.ShareAsync(megan, account.Id, org.Id, ShareLevel.Edit, null, seen);

        Assert.True(raised.IsSuccess, raised.Error?.Code);
        Assert.Equal(ShareLevel.Edit, (await ShareAsync(crm, account.Id, org.Id))!.Level);
    }

    [Fact]
    public async Task Share_SeenNotSharedButSharedMeanwhile_ConflictAndTheOtherShareStays()
    {
        var (crm, megan, org, account) = await SharedAsync(null);
        Assert.True((await crm.Shares.ShareAsync(CrmTestStore.Member(Tenant, "Lukas"), account.Id, org.Id, ShareLevel.Edit)).IsSuccess);

        var shared = await crm.Shares.ShareAsync(megan, account.Id, org.Id, ShareLevel.Read, null, ShareSeen.None);

        Assert.Equal(CrmErrorKind.Conflict, shared.Error!.Kind);
        Assert.Equal(ShareLevel.Edit, (await ShareAsync(crm, account.Id, org.Id))!.Level);
    }

    [Fact]
    public async Task Unshare_ShareChangedMeanwhile_ConflictAndStillShared_UnsharedMeanwhile_ConflictWithNothing()
    {
        var (crm, megan, org, account) = await SharedAsync(ShareLevel.Read);
        var seen = ShareSeen.Of(await ShareAsync(crm, account.Id, org.Id));
        crm.Tick();
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, org.Id, ShareLevel.Contribute)).IsSuccess);

        var stale = await crm.Shares.UnshareAsync(megan, account.Id, org.Id, null, seen);
        var stillShared = await ShareAsync(crm, account.Id, org.Id);
        Assert.True((await crm.Shares.UnshareAsync(megan, account.Id, org.Id)).IsSuccess);
        var gone = await crm.Shares.UnshareAsync(megan, account.Id, org.Id, null, ShareSeen.Of(stillShared));

        Assert.Equal(CrmErrorKind.Conflict, stale.Error!.Kind);
        Assert.Equal(ShareLevel.Contribute, stillShared?.Level);
        Assert.Equal(CrmErrorKind.Conflict, gone.Error!.Kind);
        Assert.Null(gone.Error.Current);
        var audited = new List<string>();
        await foreach (var entry in crm.Store.QueryRecordsAsync<AuditEntry>(Tenant, account.Id))
        {
            audited.AddRange(entry.RecordKind == "Share" ? [entry.Action] : []);
        }

        Assert.Equal([ShareService.ShareLevelChanged, "Shared", "Unshared"], audited.Order(StringComparer.Ordinal)); // the refused changes wrote nothing
    }

    [Fact]
    public async Task RemoveMember_OrganisationChangedMeanwhile_ConflictAndTheGuestsHandoffStaysPending()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Fabrikam Partners")).Value!;
        var pat = CrmTestStore.Guest(Tenant, "Pat", org.Id);
        crm.Tick();
        var seen = (await crm.PartnerOrganizations.AddMemberAsync(admin, org.Id, pat.UserId)).Value!;
        var account = await crm.AccountAsync(admin, "Fabrikam Inc");
        var deal = await crm.DealAsync(admin, account, "Rollout");
        Assert.True((await crm.Shares.ShareAsync(admin, account.Id, org.Id, ShareLevel.Edit)).IsSuccess);
        var handoff = await crm.HandOffAsync(admin, new HandoffRequest(account.Id, deal.Id, pat));
        crm.Tick();
        Assert.True((await crm.PartnerOrganizations.RenameAsync(admin, org.Id, "Fabrikam Resellers")).IsSuccess);

        var removed = await crm.PartnerOrganizations.RemoveMemberAsync(admin, org.Id, pat.UserId, seen.Version);

        Assert.Equal(CrmErrorKind.Conflict, removed.Error!.Kind);
        Assert.Equal("Fabrikam Resellers", Assert.IsType<PartnerOrganization>(removed.Error.Current).Name);
        Assert.Equal(org.Id, (await crm.Partners.FindByMemberAsync(Tenant, pat.UserId))?.Id);
        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
    }

    /// <summary>Megan's account, and an organisation it is shared with at <paramref name="level"/> (null: not shared).</summary>
    private static async Task<(CrmTestStore Crm, Caller Megan, PartnerOrganization Org, Account Account)> SharedAsync(ShareLevel? level)
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(megan, "Litware " + Guid.NewGuid().ToString("N")[..6])).Value!;
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        if (level is { } shared)
        {
            Assert.True((await crm.Shares.ShareAsync(megan, account.Id, org.Id, shared)).IsSuccess);
        }

        crm.Tick();
        return (crm, megan, org, account);
    }

    private static async Task<Share?> ShareAsync(CrmTestStore crm, string accountId, string organizationId) =>
        await crm.Store.GetRecordIfExistsAsync<Share>(Tenant, accountId, ShareKeys.For(organizationId, null));
}
