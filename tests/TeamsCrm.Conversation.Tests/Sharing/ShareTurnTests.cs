using TeamsCrm.Core.Audit;
using static TeamsCrm.Conversation.Tests.Sharing.ShareCards;

namespace TeamsCrm.Conversation.Tests.Sharing;

/// <summary>
/// Sharing by chat through the real conversation on Azurite: every change is confirmed first, then made by
/// ShareService (with its audit entry); guests can do none of it; in a shared conversation the cards go to the 1:1 chat.
/// </summary>
public sealed class ShareTurnTests
{
    [Fact]
    public async Task ShareByText_DealWithLevel_ConfirmsFirstThenShares()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "share Contoso Renewal with Fabrikam Partners to comment");
        var confirm = Assert.Single(asked.Replies).Card!;
        var sharesBefore = await SharesAsync(world, world.Contoso.Id);
        var done = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare));

        Assert.Empty(sharesBefore);
        var json = Json(confirm);
        Assert.Contains("Share with Fabrikam Partners?", json, StringComparison.Ordinal);
        Assert.Contains("Contoso Ltd – Renewal 2027 (this deal only)", json, StringComparison.Ordinal);
        Assert.Contains("View and comment", json, StringComparison.Ordinal);
        Assert.Contains("They never see internal comments", json, StringComparison.Ordinal);
        Assert.Contains("Shared Contoso Ltd – Renewal 2027 (this deal only) with Fabrikam Partners: View and comment.", Json(done.Card!), StringComparison.Ordinal);
        var share = Assert.Single(await SharesAsync(world, world.Contoso.Id));
        Assert.Equal((world.ContosoRenewal.Id, ShareLevel.Contribute, world.Megan.UserId), (share.DealId, share.Level, share.SharedBy.UserId));
        var guestView = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Pat, world.Contoso.Id));
        Assert.Equal(world.ContosoRenewal.Id, Assert.Single(guestView.OpenDeals).Id);
        var audit = Assert.Single(await AuditAsync(world, world.Contoso.Id), a => a.RecordKind == "Share");
        Assert.Equal(("Shared", world.Megan.UserId), (audit.Action, audit.Actor.UserId));
    }

    [Fact]
    public async Task ShareByText_German_ConfirmationAndAnswerInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "teile Contoso Renewal mit Fabrikam zum Kommentieren", "de-DE");
        var confirm = Assert.Single(asked.Replies).Card!;
        var done = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare), "de-DE");

        Assert.Contains("Mit Fabrikam Partners teilen?", Json(confirm), StringComparison.Ordinal);
        Assert.Contains("Ansehen und kommentieren", Json(confirm), StringComparison.Ordinal);
        Assert.Contains("mit Fabrikam Partners geteilt: Ansehen und kommentieren.", Json(done.Card!), StringComparison.Ordinal);
        Assert.Equal(ShareLevel.Contribute, Assert.Single(await SharesAsync(world, world.Contoso.Id)).Level);
    }

    [Fact]
    public async Task ShareByText_NoLevel_AsksForTheLevelThenConfirms()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "share Contoso with Fabrikam");
        var levels = Assert.Single(asked.Replies).Card!;
        var confirm = (await world.ClickAsync(world.Megan, CardVerbs.PrepareShare, Button(levels, CardVerbs.PrepareShare, "View"))).Card!;
        await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare));

        Assert.Equal(3, Buttons(levels, CardVerbs.PrepareShare));
        Assert.Contains("What may Fabrikam Partners do with Contoso Ltd (the whole account)?", Json(levels), StringComparison.Ordinal);
        var share = Assert.Single(await SharesAsync(world, world.Contoso.Id));
        Assert.Equal((null, ShareLevel.Read), (share.DealId, share.Level));
    }

    [Fact]
    public async Task ChangeAccessByText_ExistingShare_ShowsOldAndNewLevelThenChanges()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "change Fabrikam's access to Fabrikam Inc to view");
        var confirm = Assert.Single(asked.Replies).Card!;
        await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare));

        Assert.Contains("Change the access of Fabrikam Partners?", Json(confirm), StringComparison.Ordinal);
        Assert.Contains("View, comment and edit → View", Json(confirm), StringComparison.Ordinal);
        Assert.Equal(ShareLevel.Read, Assert.Single(await SharesAsync(world, world.Fabrikam.Id)).Level);
        Assert.Equal(ShareService.ShareLevelChanged, (await AuditAsync(world, world.Fabrikam.Id)).First(a => a.RecordKind == "Share").Action);
    }

    [Fact]
    public async Task StopSharingByText_ConfirmedShare_GoneForTheGuestAtOnce()
    {
        var world = await TurnWorld.CreateAsync();
        Assert.True((await world.Accounts.GetCustomerCardAsync(world.Pat, world.Fabrikam.Id)).IsSuccess);

        var asked = await world.SayAsync(world.Megan, "stop sharing Fabrikam Inc with Fabrikam Partners");
        var confirm = Assert.Single(asked.Replies).Card!;
        var done = await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, Button(confirm, CardVerbs.ConfirmShare));

        Assert.Contains("Stop sharing with Fabrikam Partners?", Json(confirm), StringComparison.Ordinal);
        Assert.Contains("Stopped sharing Fabrikam Inc (the whole account) with Fabrikam Partners.", Json(done.Card!), StringComparison.Ordinal);
        Assert.Empty(await SharesAsync(world, world.Fabrikam.Id));
        Assert.Equal(CrmErrorKind.NotFound, (await world.Accounts.GetCustomerCardAsync(world.Pat, world.Fabrikam.Id)).Error!.Kind);
        Assert.Contains(await AuditAsync(world, world.Fabrikam.Id), a => a is { RecordKind: "Share", Action: "Unshared" });
    }

    [Fact]
    public async Task ShareByText_Cancel_ChangesNothing()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "share Contoso with Fabrikam Partners to edit");
        var cancelled = await world.ClickAsync(world.Megan, CardVerbs.CancelShare, Button(Assert.Single(asked.Replies).Card!, CardVerbs.CancelShare));

        Assert.Contains("Nothing was changed.", Json(cancelled.Card!), StringComparison.Ordinal);
        Assert.Empty(await SharesAsync(world, world.Contoso.Id));
    }

    [Fact]
    public async Task ShareByText_Guest_RefusedAndNothingLookedUpOrChanged()
    {
        var world = await TurnWorld.CreateAsync();
        var forged = TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.SharePartnerId, TurnWorld.PartnerOrg), (CardFields.ShareLevel, "Read"));

        var typed = await world.SayAsync(world.Pat, "share Fabrikam Inc with Fabrikam Partners to view");
        var clicked = await world.ClickAsync(world.Pat, CardVerbs.ConfirmShare, forged);
        var removed = await world.ClickAsync(world.Pat, CardVerbs.ConfirmShare, TurnWorld.Data(
            (CardFields.AccountId, world.Fabrikam.Id), (CardFields.SharePartnerId, TurnWorld.PartnerOrg), (CardFields.ShareRemove, "true")));
        var prepared = await world.ClickAsync(world.Pat, CardVerbs.PrepareShare, forged);

        foreach (var card in new[] { Assert.Single(typed.Replies).Card!, clicked.Card!, removed.Card!, prepared.Card! })
        {
            Assert.Contains("not allowed", Json(card), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Fabrikam Partners", Json(card), StringComparison.Ordinal);
        }

        Assert.Equal(ShareLevel.Edit, Assert.Single(await SharesAsync(world, world.Fabrikam.Id)).Level);
    }

    [Fact]
    public async Task ShareByText_InAGroupChat_ConfirmationGoesToTheOneToOneChat()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "share Contoso with Fabrikam Partners to view", kind: ConversationKind.GroupChat);

        var posted = Assert.Single(outcome.Replies);
        Assert.Null(posted.Card);
        Assert.DoesNotContain("Fabrikam", posted.Text, StringComparison.Ordinal);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, note.UserId);
        Assert.Contains("Share with Fabrikam Partners?", Json(note.Message.Card!), StringComparison.Ordinal);
        Assert.Empty(await SharesAsync(world, world.Contoso.Id));
    }

    [Theory]
    [InlineData("share Contoso with Northwind Traders to view", "No partner organisation matches \"Northwind Traders\". The partner organisations are: Fabrikam Partners.")]
    [InlineData("stop sharing Contoso with Fabrikam Partners", "Contoso Ltd (the whole account) isn't shared with Fabrikam Partners.")]
    [InlineData("share Fabrikam Inc with Fabrikam Partners to edit", "Fabrikam Inc (the whole account) is already shared with Fabrikam Partners: View, comment and edit.")]
    [InlineData("share Zyxwvut with Fabrikam Partners to view", "No account or open deal you can see matches \"Zyxwvut\".")]
    public async Task ShareByText_NothingToConfirm_SaysWhyAndChangesNothing(string text, string expected)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, text);

        var card = Assert.Single(outcome.Replies).Card!;
        Assert.Contains(expected, Json(card).Replace("\\\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, Buttons(card, CardVerbs.ConfirmShare));
        Assert.Empty(await SharesAsync(world, world.Contoso.Id));
        Assert.Equal(ShareLevel.Edit, Assert.Single(await SharesAsync(world, world.Fabrikam.Id)).Level);
    }

    [Fact]
    public async Task ShareByText_AmbiguousTarget_ChoiceContinuesTheShare()
    {
        var world = await TurnWorld.CreateAsync();

        var asked = await world.SayAsync(world.Megan, "share fabrikam with Fabrikam Partners to view");
        var choice = Assert.Single(asked.Replies).Card!;
        var confirm = (await world.ClickAsync(world.Megan, CardVerbs.PrepareShare, Button(choice, CardVerbs.PrepareShare, "Fabrikam Partners Ltd"))).Card!;

        Assert.Contains("Fabrikam Inc", Json(choice), StringComparison.Ordinal);
        Assert.Contains("Fabrikam Partners Ltd (the whole account)", Json(confirm), StringComparison.Ordinal);
        Assert.Equal(1, Buttons(confirm, CardVerbs.ConfirmShare));
    }

    private static async Task<IReadOnlyList<Share>> SharesAsync(TurnWorld world, string accountId) =>
        TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, accountId)).Shares;

    private static async Task<List<AuditEntry>> AuditAsync(TurnWorld world, string accountId)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in world.Store.QueryRecordsAsync<AuditEntry>(world.TenantId, accountId))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
