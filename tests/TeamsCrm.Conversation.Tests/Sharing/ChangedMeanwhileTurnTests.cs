using static TeamsCrm.Conversation.Tests.Sharing.ShareCards;

namespace TeamsCrm.Conversation.Tests.Sharing;

/// <summary>
/// Confirmation cards act on what they showed: removing a guest, archiving an organisation, sharing, changing the
/// access or stopping sharing after someone else changed the same thing meanwhile changes nothing and says so, with the
/// state as it is now (en/de) — and the cards pass the official Adaptive Cards validator.
/// </summary>
public sealed class ChangedMeanwhileTurnTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RemoveGuest_OrganisationRenamedMeanwhile_NothingChangesThenTheNewConfirmationRemoves()
    {
        var world = await TurnWorld.CreateAsync();
        var admin = Admin(world);
        var confirm = Assert.Single((await world.SayAsync(admin, "remove Pat from Fabrikam Partners")).Replies).Card!;
        Assert.Single((await world.SayAsync(admin, "rename Fabrikam Partners to Fabrikam Resellers")).Replies);

        var stale = await world.ClickAsync(admin, "partners.removeMember", Button(confirm, "partners.removeMember"));

        var json = Json(stale.Card!);
        Assert.Contains("Fabrikam Resellers was changed by someone else meanwhile; here it is now. Nothing was changed", json, StringComparison.Ordinal);
        Assert.Contains("Pat Reyes", json, StringComparison.Ordinal);
        Assert.Equal(TurnWorld.PartnerOrg, (await world.Partners.FindByMemberAsync(world.TenantId, world.Pat.UserId))?.Id);

        var again = Assert.Single((await world.SayAsync(admin, "remove Pat from Fabrikam Resellers")).Replies).Card!;
        var removed = await world.ClickAsync(admin, "partners.removeMember", Button(again, "partners.removeMember"));

        Assert.Contains("no longer belongs to Fabrikam Resellers", removed.Text, StringComparison.Ordinal);
        Assert.Null(await world.Partners.FindByMemberAsync(world.TenantId, world.Pat.UserId));
    }

    [Fact]
    public async Task Archive_GuestAddedMeanwhile_German_NothingChangesAndTheNewGuestIsShown()
    {
        var world = await TurnWorld.CreateAsync();
        var admin = Admin(world);
        world.People.Add(new Person(Guid.NewGuid().ToString(), "Sam Guest", "sam@fabrikampartners.example", "sam_fabrikampartners.example#EXT#@contoso-crm.example", null, null, true));
        var confirm = Assert.Single((await world.SayAsync(admin, "archiviere Fabrikam Partners", "de-DE")).Replies).Card!;
        Assert.Single((await world.SayAsync(admin, "add Sam Guest to Fabrikam Partners")).Replies);

        var stale = await world.ClickAsync(admin, "partners.archive", Button(confirm, "partners.archive"), "de-DE");

        var json = Json(stale.Card!);
        Assert.Contains("Inzwischen geändert", json, StringComparison.Ordinal);
        Assert.Contains("Fabrikam Partners wurde inzwischen von jemand anderem geändert; hier ist der aktuelle Stand. Es wurde nichts geändert", json, StringComparison.Ordinal);
        Assert.Contains("Pat Reyes, Sam Guest", json, StringComparison.Ordinal);
        Assert.False((await world.Partners.GetIfExistsAsync(world.TenantId, TurnWorld.PartnerOrg))!.IsArchived);
    }

    [Fact]
    public async Task ChangeAccess_LevelChangedMeanwhile_NothingChanges_DecideAgainConfirmsFromTheNewLevel()
    {
        var world = await TurnWorld.CreateAsync();
        var confirm = Assert.Single((await world.SayAsync(world.Megan, "change Fabrikam's access to Fabrikam Inc to view")).Replies).Card!;
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg, ShareLevel.Contribute));

        var stale = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare));

        var json = Json(stale.Card!);
        Assert.Contains("The access of Fabrikam Partners to Fabrikam Inc (the whole account) was changed by someone else meanwhile; here it is now. Nothing was changed.", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Access now\",\"value\":\"View and comment\"", json, StringComparison.Ordinal);
        Assert.Equal(ShareLevel.Contribute, await LevelAsync(world));

        var renewed = (await world.ClickAsync(world.Megan, CardVerbs.PrepareShare, Button(stale.Card!, CardVerbs.PrepareShare))).Card!;
        Assert.Contains("View and comment → View", Json(renewed), StringComparison.Ordinal);
        await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(renewed, CardVerbs.ConfirmShare));
        Assert.Equal(ShareLevel.Read, await LevelAsync(world));
    }

    [Fact]
    public async Task StopSharing_UnsharedAndSharedAgainMeanwhile_German_TheNewShareStays()
    {
        var world = await TurnWorld.CreateAsync();
        var confirm = Assert.Single((await world.SayAsync(world.Megan, "teile Fabrikam Inc nicht mehr mit Fabrikam", "de-DE")).Replies).Card!;
        TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));
        world.Tick();
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg, ShareLevel.Edit));

        var stale = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare), "de-DE");

        Assert.Contains("Der Zugriff von Fabrikam Partners auf Fabrikam Inc (der ganze Kunde) wurde inzwischen von jemand anderem geändert", Json(stale.Card!), StringComparison.Ordinal);
        Assert.Equal(ShareLevel.Edit, await LevelAsync(world));
    }

    [Fact]
    public async Task Share_SharedMeanwhile_NothingChanges_StoppedMeanwhile_SaysNotShared()
    {
        var world = await TurnWorld.CreateAsync();
        var share = Assert.Single((await world.SayAsync(world.Megan, "share Contoso with Fabrikam Partners to view")).Replies).Card!;
        var stop = Assert.Single((await world.SayAsync(world.Megan, "stop sharing Fabrikam Inc with Fabrikam Partners")).Replies).Card!;
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, world.Contoso.Id, TurnWorld.PartnerOrg, ShareLevel.Edit));
        TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));

        var shared = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(share, CardVerbs.ConfirmShare));
        var stopped = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(stop, CardVerbs.ConfirmShare));

        Assert.Contains("\"title\":\"Access now\",\"value\":\"View, comment and edit\"", Json(shared.Card!), StringComparison.Ordinal);
        Assert.Equal(ShareLevel.Edit, (await world.Store.GetRecordIfExistsAsync<Share>(world.TenantId, world.Contoso.Id, TurnWorld.PartnerOrg))?.Level);
        Assert.Contains("\"title\":\"Access now\",\"value\":\"Not shared\"", Json(stopped.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedMeanwhileCards_PassTheOfficialValidator_InBothLanguages()
    {
        var folder = CardValidator.NewFolder("changed-meanwhile");
        var written = 0;
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            var world = await TurnWorld.CreateAsync();
            var admin = Admin(world);
            var remove = Assert.Single((await world.SayAsync(admin, "remove Pat from Fabrikam Partners", locale)).Replies).Card!;
            var change = Assert.Single((await world.SayAsync(world.Megan, "change Fabrikam's access to Fabrikam Inc to view", locale)).Replies).Card!;
            Assert.Single((await world.SayAsync(admin, "rename Fabrikam Partners to Fabrikam Resellers", locale)).Replies);
            TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));

            CardValidator.Write(folder, $"partner.{locale}", (await world.ClickAsync(admin, "partners.removeMember", Button(remove, "partners.removeMember"), locale)).Card!);
            CardValidator.Write(folder, $"share.{locale}", (await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(change, CardVerbs.ConfirmShare), locale)).Card!);
            written += 2;
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {results.Count} cards in {folder}: {events.Length} events.");
        Assert.Equal(written, results.Count);
        Assert.Empty(events);
    }

    private static Caller Admin(TurnWorld world) => world.Megan with { IsCrmAdmin = true };

    private static async Task<ShareLevel?> LevelAsync(TurnWorld world) =>
        (await world.Store.GetRecordIfExistsAsync<Share>(world.TenantId, world.Fabrikam.Id, TurnWorld.PartnerOrg))?.Level;
}
