namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// A guest hands a deal only back to the member who handed it to them (Core: <see cref="GuestHandBack"/> in
/// <see cref="HandoffService.HandOffAsync"/>); the card action never searches the directory for a guest, and "no such
/// person" and "not allowed" read the same.
/// </summary>
public sealed class GuestHandBackTurnTests
{
    [Fact]
    public async Task HandOffAsync_GuestToAnyoneButTheGiver_RefusedWithOneRule()
    {
        var world = await GuestOwnsRolloutAsync();

        var toLukas = await world.Handoffs.HandOffAsync(world.Pat, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Lukas));
        var toStranger = await world.Handoffs.HandOffAsync(world.Pat, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Lukas with { UserId = Guid.NewGuid().ToString() }));
        var toSelf = await world.Handoffs.HandOffAsync(world.Pat, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Pat));

        Assert.Equal(ErrorCodes.HandoffGuestHandBackOnly, toLukas.Error!.Code);
        Assert.Equal(ErrorCodes.HandoffGuestHandBackOnly, toStranger.Error!.Code);
        Assert.Equal(ErrorCodes.HandoffGuestHandBackOnly, toSelf.Error!.Code);
        Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
    }

    [Fact]
    public async Task HandOffAsync_GuestBackToTheGiver_Succeeds()
    {
        var world = await GuestOwnsRolloutAsync();

        var back = TurnWorld.Ok(await world.Handoffs.HandOffAsync(world.Pat, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Megan, "over to you")));

        Assert.Equal(world.Megan.UserId, back.To.UserId);
    }

    [Fact]
    public async Task StartHandoff_Guest_NeverSearchesTheDirectory_AndEveryRefusalReadsTheSame()
    {
        var world = await GuestOwnsRolloutAsync();
        var searchesBefore = world.People.Searches;

        var byName = await world.ClickAsync(world.Pat, CardVerbs.StartHandoff, Data(world, (CardFields.HandoffRecipientName, "Lu")));
        var byUnknownName = await world.ClickAsync(world.Pat, CardVerbs.StartHandoff, Data(world, (CardFields.HandoffRecipientName, "Zebedee")));
        var byMemberId = await world.ClickAsync(world.Pat, CardVerbs.StartHandoff, Data(world, (CardFields.HandoffRecipientId, world.Lukas.UserId)));
        var byUnknownId = await world.ClickAsync(world.Pat, CardVerbs.StartHandoff, Data(world, (CardFields.HandoffRecipientId, Guid.NewGuid().ToString())));

        Assert.Equal(searchesBefore, world.People.Searches);
        var answers = new[] { byName, byUnknownName, byMemberId, byUnknownId }.Select(o => (o.Text, Card: o.Card?.ToJsonString())).Distinct().ToList();
        var answer = Assert.Single(answers);
        Assert.Null(answer.Text);
        Assert.Contains("only back to the colleague who handed it to you", answer.Card, StringComparison.Ordinal);
        Assert.DoesNotContain("Lukas", answer.Card, StringComparison.Ordinal);
        Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
    }

    [Fact]
    public async Task StartHandoff_GuestBackToTheGiver_OfferReachesTheGiver()
    {
        var world = await GuestOwnsRolloutAsync();

        var outcome = await world.ClickAsync(world.Pat, CardVerbs.StartHandoff, Data(world, (CardFields.HandoffRecipientId, world.Megan.UserId)));

        Assert.Equal(world.Megan.UserId, Assert.Single(outcome.Notifications).UserId);
    }

    [Fact]
    public async Task CustomerCard_Guest_PickerOffersOnlyTheGiver()
    {
        var world = await GuestOwnsRolloutAsync();

        var card = (await world.ClickAsync(world.Pat, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!.ToJsonString();

        Assert.Contains(world.Megan.UserId, card, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Lukas.UserId, card, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{CardFields.HandoffRecipientName}\"", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hand the Rollout back", "en-US")]
    [InlineData("give the Fabrikam Rollout back to Megan", "en-US")]
    [InlineData("gib den Rollout an Megan zurück", "de-DE")]
    public async Task HandBackByText_GuestOwnsTheDeal_OfferedToTheGiver(string text, string locale)
    {
        var world = await GuestOwnsRolloutAsync();
        var searchesBefore = world.People.Searches;

        var outcome = await world.SayAsync(world.Pat, text, locale);

        Assert.Equal(searchesBefore, world.People.Searches);
        Assert.Contains(outcome.Notifications, n => n.UserId == world.Megan.UserId);
        var back = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs, h => h.IsPending);
        Assert.Equal((world.Pat.UserId, world.Megan.UserId), (back.From.UserId, back.To.UserId));
    }

    [Fact]
    public async Task HandBackByText_ToAnyoneElseOrNothingToHandBack_OneRefusalAndNothingChanged()
    {
        var world = await GuestOwnsRolloutAsync();
        var searchesBefore = world.People.Searches;

        var toLukas = await world.SayAsync(world.Pat, "hand the Rollout back to Lukas");
        var mentioned = await world.SayAsync(world.Pat, "hand off the Rollout to @Lukas", mentions: [TurnWorld.MentionOf(world.Lukas)]);
        var notHers = await world.SayAsync(world.Pat, "hand the Contoso Renewal back");

        Assert.Equal(searchesBefore, world.People.Searches);
        var cards = new[] { toLukas, mentioned, notHers }.Select(o => Assert.Single(o.Replies).Card!.ToJsonString()).Distinct().ToList();
        Assert.Contains("only back to the colleague who handed it to you", Assert.Single(cards), StringComparison.Ordinal);
        Assert.DoesNotContain("Lukas", cards[0], StringComparison.Ordinal);
        Assert.Empty(new[] { toLukas, mentioned, notHers }.SelectMany(o => o.Notifications));
        Assert.DoesNotContain(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs, h => h.IsPending);
    }

    [Fact]
    public async Task MyDeals_Guest_SharedDealsAndTheOnesHandedToThem()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, world.Contoso.Id, TurnWorld.PartnerOrg, ShareLevel.Read, world.ContosoRenewal.Id));
        var other = await world.DealAsync(world.Megan, world.Contoso, "Unshared Expansion", 9000m);

        var outcome = await world.SayAsync(world.Pat, "my deals");

        var card = Assert.Single(outcome.Replies).Card!.ToJsonString();
        Assert.Contains("Rollout", card, StringComparison.Ordinal);
        Assert.Contains("Renewal 2027", card, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, card, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam Partners Ltd", card, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject Data(TurnWorld world, (string Name, string Value) recipient) => TurnWorld.Data(
        (CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), recipient);

    /// <summary>Megan hands Fabrikam's Rollout (shared with Pat's organisation at Edit) to Pat, who accepts.</summary>
    private static async Task<TurnWorld> GuestOwnsRolloutAsync()
    {
        var world = await TurnWorld.CreateAsync();
        var offered = TurnWorld.Ok(await world.Handoffs.HandOffAsync(world.Megan, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Pat, "your turn")));
        TurnWorld.Ok(await world.Handoffs.AcceptAsync(world.Pat, world.Fabrikam.Id, offered.Id));
        world.Tick();
        return world;
    }
}
