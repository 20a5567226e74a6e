namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Managing partner organisations by chat, end to end (recognizer → handler → Core on Azurite), in English and German.</summary>
public sealed class PartnerCommandTurnTests
{
    [Theory]
    [InlineData("partners", "en-US", "Partner organisations")]
    [InlineData("zeig mir die Partnerorganisationen", "de-DE", "Partnerorganisationen")]
    public async Task List_Member_ShowsTheOrganisationsAndTheirGuests(string text, string locale, string title)
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Lukas, text, locale));

        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("Fabrikam Partners", card, StringComparison.Ordinal);
        Assert.Contains("Pat Reyes", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AdminInGerman_CreatesTheOrganisation()
    {
        var world = await TurnWorld.CreateAsync();

        var reply = Assert.Single((await world.SayAsync(Admin(world), "lege Partnerorganisation Litware Resellers an", "de-DE")).Replies);

        Assert.Equal("Die Partnerorganisation Litware Resellers wurde angelegt.", reply.Text);
        Assert.Contains(await world.Partners.ListAsync(world.TenantId), o => o.Name == "Litware Resellers");
    }

    [Fact]
    public async Task Create_MemberWhoIsNoAdmin_IsToldOnlyAdminsMayAndNothingChanges()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Lukas, "create partner organisation Litware"));

        Assert.Contains("Only CRM administrators manage partner organisations.", card, StringComparison.Ordinal);
        Assert.DoesNotContain(await world.Partners.ListAsync(world.TenantId), o => o.Name == "Litware");
    }

    [Fact]
    public async Task AddThenRemove_Admin_AddsTheGuestAndRemovesThemOnlyAfterConfirmation()
    {
        var world = await TurnWorld.CreateAsync();
        var admin = Admin(world);
        var sam = new Person(Guid.NewGuid().ToString(), "Sam Guest", "sam@litware.example", "sam_litware.example#EXT#@contoso-crm.example", null, null, true);
        world.People.Add(sam);
        Assert.True((await world.SayAsync(admin, "create partner organisation Litware")).Replies.Count == 1);

        var added = Assert.Single((await world.SayAsync(admin, "add Sam Guest to Litware")).Replies);
        var confirm = Single(await world.SayAsync(admin, "remove Sam from Litware"));
        var stillThere = await world.Partners.FindByMemberAsync(world.TenantId, sam.UserId);
        var organization = (await world.Partners.ListAsync(world.TenantId)).Single(o => o.Name == "Litware");
        var removed = await world.ClickAsync(admin, "partners.removeMember", new JsonObject { ["organizationId"] = organization.Id, ["userId"] = sam.UserId });

        Assert.Equal("Sam Guest now works as a guest of Litware.", added.Text);
        Assert.Contains("Remove Sam Guest from Litware?", confirm, StringComparison.Ordinal);
        Assert.Equal("Litware", stillThere?.Name);
        Assert.Contains("no longer belongs to Litware", removed.Text, StringComparison.Ordinal);
        Assert.Null(await world.Partners.FindByMemberAsync(world.TenantId, sam.UserId));
    }

    [Fact]
    public async Task Add_MemberOfTheTenant_IsRefusedWithTheReason()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(Admin(world), "add Lukas Weber to Fabrikam Partners"));

        Assert.Contains("Only guests (external users) can belong to a partner organisation", card, StringComparison.Ordinal);
        Assert.Null(await world.Partners.FindByMemberAsync(world.TenantId, world.Lukas.UserId));
    }

    [Fact]
    public async Task ArchiveAndRename_Admin_ArchiveAsksFirst()
    {
        var world = await TurnWorld.CreateAsync();
        var admin = Admin(world);

        var renamed = Assert.Single((await world.SayAsync(admin, "rename Fabrikam Partners to Fabrikam Resellers")).Replies);
        var confirm = Single(await world.SayAsync(admin, "archiviere Fabrikam Resellers", "de-DE"));
        var beforeClick = (await world.Partners.GetIfExistsAsync(world.TenantId, TurnWorld.PartnerOrg))!.IsArchived;
        var cancelled = await world.ClickAsync(admin, "partners.cancel", new JsonObject());
        var archived = await world.ClickAsync(admin, "partners.archive", new JsonObject { ["organizationId"] = TurnWorld.PartnerOrg });

        Assert.Equal("Fabrikam Partners is now called Fabrikam Resellers.", renamed.Text);
        Assert.Contains("Fabrikam Resellers archivieren?", confirm, StringComparison.Ordinal);
        Assert.False(beforeClick);
        Assert.Equal("Nothing was changed.", cancelled.Text);
        Assert.Equal("Fabrikam Resellers is archived.", archived.Text);
        Assert.True((await world.Partners.GetIfExistsAsync(world.TenantId, TurnWorld.PartnerOrg))!.IsArchived);
    }

    [Fact]
    public async Task Partners_Guest_TheyDoNotExist()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Pat, "partners");

        Assert.DoesNotContain("Partner organisations", Single(outcome), StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Reyes", Single(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AccountNamedLikeAPartner_IsStillShown()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, "show Fabrikam Partners Ltd"));

        Assert.Contains("Fabrikam Partners Ltd", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Partner organisations", card, StringComparison.Ordinal);
    }

    private static Caller Admin(TurnWorld world) => world.Megan with { IsCrmAdmin = true };

    private static string Single(TurnOutcome outcome) => MessageTurnTests.Single(outcome);
}
