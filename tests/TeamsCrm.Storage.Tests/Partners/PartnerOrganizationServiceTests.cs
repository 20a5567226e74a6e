namespace TeamsCrm.Storage.Tests.Partners;

/// <summary>Managing partner organisations through the use case, on the real store (Azurite).</summary>
public sealed class PartnerOrganizationServiceTests
{
    private const string Tenant = "tenant-partner-service";

    [Fact]
    public async Task CreateAsync_Admin_CreatesAuditedOrganisation()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");

        var created = await crm.PartnerOrganizations.CreateAsync(admin, "  Litware Resellers ", ["@Litware.example"]);

        Assert.True(created.IsSuccess);
        Assert.Equal("Litware Resellers", created.Value.Name);
        Assert.Equal(["litware.example"], created.Value.EmailDomains);
        var entry = Assert.Single(await crm.PartnerOrganizations.AuditAsync(admin, 10));
        Assert.Equal(("PartnerOrganizationCreated", created.Value.Id, admin.UserId), (entry.Action, entry.RecordId, entry.Actor.UserId));
    }

    [Fact]
    public async Task CreateAsync_MemberWhoIsNoAdmin_IsForbiddenAndNothingChanges()
    {
        var crm = await CrmTestStore.CreateAsync();
        var lukas = CrmTestStore.Member(Tenant, "Lukas");

        var result = await crm.PartnerOrganizations.CreateAsync(lukas, "Litware");

        Assert.Equal((CrmErrorKind.Forbidden, ErrorCodes.PartnerAdminsOnly), (result.Error!.Kind, result.Error.Code));
        Assert.Empty(await crm.Partners.ListAsync(Tenant));
    }

    [Fact]
    public async Task Everything_ForAGuest_DoesNotExist()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Fabrikam Partners")).Value!;
        var pat = CrmTestStore.Guest(Tenant, "Pat", org.Id);
        Assert.True((await crm.PartnerOrganizations.AddMemberAsync(admin, org.Id, pat.UserId)).IsSuccess);

        Assert.Empty(await crm.PartnerOrganizations.ListAsync(pat));
        Assert.Empty(await crm.PartnerOrganizations.AuditAsync(pat, 10));
        Assert.Equal(ErrorCodes.NotFound, (await crm.PartnerOrganizations.GetAsync(pat, org.Id)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await crm.PartnerOrganizations.RenameAsync(pat with { IsCrmAdmin = true }, org.Id, "Mine")).Error!.Code);
        Assert.Equal("Fabrikam Partners", (await crm.Partners.GetIfExistsAsync(Tenant, org.Id))!.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bad\u0001Name")]
    public async Task CreateAsync_BadName_SaysWhyAndChangesNothing(string name)
    {
        var crm = await CrmTestStore.CreateAsync();

        var result = await crm.PartnerOrganizations.CreateAsync(CrmTestStore.Admin(Tenant, "Megan"), name);

        Assert.Equal(CrmErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("name", Assert.Single(result.Error.Fields).Field);
        Assert.Empty(await crm.Partners.ListAsync(Tenant));
    }

    [Fact]
    public async Task CreateAsync_BadDomainOrTakenName_SaysWhy()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        await crm.PartnerOrganizations.CreateAsync(admin, "Litware");

        Assert.Equal(ErrorCodes.InvalidDomain, Assert.Single((await crm.PartnerOrganizations.CreateAsync(admin, "Other", ["not a domain"])).Error!.Fields).Code);
        Assert.Equal(ErrorCodes.PartnerNameTaken, (await crm.PartnerOrganizations.CreateAsync(admin, "LITWARE")).Error!.Code);
        Assert.Single(await crm.Partners.ListAsync(Tenant));
    }

    [Fact]
    public async Task RenameAndArchive_Admin_ChangesAndAudits_ArchivedRefusesFurtherChanges()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Litware")).Value!;

        crm.Tick();
        Assert.Equal("Litware Resellers", (await crm.PartnerOrganizations.RenameAsync(admin, org.Id, "Litware Resellers")).Value!.Name);
        crm.Tick();
        Assert.True((await crm.PartnerOrganizations.ArchiveAsync(admin, org.Id)).Value!.IsArchived);

        Assert.Equal(ErrorCodes.PartnerArchived, (await crm.PartnerOrganizations.RenameAsync(admin, org.Id, "Again")).Error!.Code);
        Assert.Equal(
            ["PartnerOrganizationArchived", "PartnerOrganizationRenamed", "PartnerOrganizationCreated"],
            (await crm.PartnerOrganizations.AuditAsync(admin, 10)).Select(a => a.Action));
    }

    [Fact]
    public async Task AddMemberAsync_GuestOfTheDirectory_JoinsAndIsResolvedToTheOrganisation()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Fabrikam Partners")).Value!;
        var pat = CrmTestStore.Guest(Tenant, "Pat", null);

        var added = await crm.PartnerOrganizations.AddMemberAsync(admin, org.Id, pat.UserId);

        Assert.Equal([pat.AsPerson()], added.Value!.Members);
        var resolved = await new CallerResolver(new TestPeopleDirectory(), crm.Partners, crm.Settings).ResolveAsync(Tenant, pat.UserId, null, claimsGuest: false);
        Assert.Equal(org.Id, resolved.PartnerOrganizationId);
    }

    [Fact]
    public async Task AddMemberAsync_BadCandidates_SayWhyAndChangeNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var fabrikam = (await crm.PartnerOrganizations.CreateAsync(admin, "Fabrikam Partners")).Value!;
        var litware = (await crm.PartnerOrganizations.CreateAsync(admin, "Litware")).Value!;
        var pat = CrmTestStore.Guest(Tenant, "Pat", null);
        Assert.True((await crm.PartnerOrganizations.AddMemberAsync(admin, fabrikam.Id, pat.UserId)).IsSuccess);

        Assert.Equal(ErrorCodes.PartnerMemberNotGuest, (await crm.PartnerOrganizations.AddMemberAsync(admin, litware.Id, CrmTestStore.Member(Tenant, "Lukas").UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.PartnerMemberUnknown, (await crm.PartnerOrganizations.AddMemberAsync(admin, litware.Id, Guid.NewGuid().ToString())).Error!.Code);
        Assert.Equal(ErrorCodes.PartnerMemberElsewhere, (await crm.PartnerOrganizations.AddMemberAsync(admin, litware.Id, pat.UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.PartnerMemberAlready, (await crm.PartnerOrganizations.AddMemberAsync(admin, fabrikam.Id, pat.UserId)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await crm.PartnerOrganizations.AddMemberAsync(admin, "no-such-org", CrmTestStore.Guest(Tenant, "Sam", null).UserId)).Error!.Code);
        Assert.Empty((await crm.Partners.GetIfExistsAsync(Tenant, litware.Id))!.Members);
    }

    [Fact]
    public async Task RemoveMemberAsync_GuestWithAPendingHandoff_LosesTheOrganisationAndTheHandoffIsWithdrawn()
    {
        var (crm, admin, org, pat, account, handoff) = await GuestWithAPendingHandoffAsync();

        var removed = await crm.PartnerOrganizations.RemoveMemberAsync(admin, org.Id, pat.UserId);

        Assert.Empty(removed.Value!.Members);
        Assert.Null(await crm.Partners.FindByMemberAsync(Tenant, pat.UserId));
        Assert.Equal(HandoffStatus.Withdrawn, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
        Assert.Equal(ErrorCodes.PartnerNotAMember, (await crm.PartnerOrganizations.RemoveMemberAsync(admin, org.Id, pat.UserId)).Error!.Code);
        Assert.Equal(["PartnerMemberRemoved", "PartnerMemberAdded", "PartnerOrganizationCreated"], (await crm.PartnerOrganizations.AuditAsync(admin, 10)).Select(a => a.Action));
    }

    [Fact]
    public async Task RemoveMemberAsync_CrashAfterTheWithdrawalStep_MemberWithNothingPendingAndRemovingAgainFinishes()
    {
        var (crm, admin, org, pat, account, handoff) = await GuestWithAPendingHandoffAsync();

        // A removal's first step ran (the handoffs go before the membership), then the process died.
        var withdrawnFirst = await crm.MemberRemoval.WithdrawHandoffsAsync(admin, pat.AsPerson());
        var stillMember = await crm.Partners.FindByMemberAsync(Tenant, pat.UserId);
        crm.Tick();
        var removed = await crm.PartnerOrganizations.RemoveMemberAsync(admin, org.Id, pat.UserId);

        Assert.Equal(1, withdrawnFirst);
        Assert.Equal(org.Id, stillMember?.Id);
        Assert.True(removed.IsSuccess, removed.Error?.Code);
        Assert.Null(await crm.Partners.FindByMemberAsync(Tenant, pat.UserId));
        Assert.Equal(HandoffStatus.Withdrawn, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
        Assert.Equal(0, await crm.MemberRemoval.WithdrawHandoffsAsync(admin, pat.AsPerson()));
    }

    [Fact]
    public async Task SuggestMembersAsync_GuestsOfTheDomainInNoOrganisation_AreSuggested()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var domain = $"d{Guid.NewGuid():N}"[..12] + ".example";
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Litware", [domain])).Value!;
        var free = TestPeopleDirectory.Register(CrmTestStore.Guest(Tenant, "Free", null), "free@" + domain);
        var taken = TestPeopleDirectory.Register(CrmTestStore.Guest(Tenant, "Taken", null), "taken@" + domain);
        TestPeopleDirectory.Register(CrmTestStore.Member(Tenant, "Insider"), "insider@" + domain);
        TestPeopleDirectory.Register(CrmTestStore.Guest(Tenant, "Elsewhere", null), "elsewhere@other.example");
        Assert.True((await crm.PartnerOrganizations.AddMemberAsync(admin, org.Id, taken.UserId)).IsSuccess);

        var suggested = await crm.PartnerOrganizations.SuggestMembersAsync(admin, org.Id);

        Assert.Equal([free.UserId], suggested.Value!.Select(p => p.UserId));
    }

    [Fact]
    public async Task ShareAsync_WithAnArchivedOrganisation_IsRefusedAndNothingIsShared()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Litware")).Value!;
        var account = await crm.AccountAsync(admin, "Contoso Ltd");
        Assert.True((await crm.PartnerOrganizations.ArchiveAsync(admin, org.Id)).IsSuccess);
        Assert.True((await crm.Partners.GetIfExistsAsync(Tenant, org.Id))!.IsArchived);

        var shared = await crm.Shares.ShareAsync(admin, account.Id, org.Id, ShareLevel.Read);

        Assert.Equal(ErrorCodes.ShareTargetMissing, shared.Error!.Code);
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<Share>(Tenant, account.Id, org.Id));
    }

    /// <summary>Pat, a guest of Fabrikam Partners, with a pending handoff of a deal on an account shared with them at Edit.</summary>
    private static async Task<(CrmTestStore Crm, Caller Admin, PartnerOrganization Org, Caller Pat, Account Account, Handoff Handoff)> GuestWithAPendingHandoffAsync()
    {
        var crm = await CrmTestStore.CreateAsync();
        var admin = CrmTestStore.Admin(Tenant, "Megan");
        var org = (await crm.PartnerOrganizations.CreateAsync(admin, "Fabrikam Partners")).Value!;
        var pat = CrmTestStore.Guest(Tenant, "Pat", org.Id);
        crm.Tick();
        Assert.True((await crm.PartnerOrganizations.AddMemberAsync(admin, org.Id, pat.UserId)).IsSuccess);
        var account = await crm.AccountAsync(admin, "Fabrikam Inc");
        var deal = await crm.DealAsync(admin, account, "Rollout");
        Assert.True((await crm.Shares.ShareAsync(admin, account.Id, org.Id, ShareLevel.Edit)).IsSuccess);
        var handoff = await crm.HandOffAsync(admin, new HandoffRequest(account.Id, deal.Id, pat));
        crm.Tick();
        return (crm, admin, org, pat, account, handoff);
    }
}
