namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// Notifications rendered at send time, as their recipient: after Fabrikam Partners' share is taken back, Pat (their
/// guest) is told of the withdrawn handoff without any deal data, and nothing else about it reaches Pat afterwards.
/// </summary>
public sealed class RevokedShareNotificationTests
{
    [Fact]
    public async Task Unshare_WithAPendingHandoffToTheGuest_SenderSeesTheDeal_GuestOnlyANeutralNotice_NoReminderLater()
    {
        var world = await TurnWorld.CreateAsync();
        await world.SayAsync(world.Megan, "hand off the Fabrikam rollout to @Pat by Friday: call Anna", mentions: [TurnWorld.MentionOf(world.Pat)]);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);

        using var scope = world.Journal.Begin();
        TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));
        var (notes, updates) = await world.DeliverAsync(scope.Written);
        world.Time.Advance(TimeSpan.FromDays(7));
        var reminders = await world.RemindAsync();

        Assert.Equal(HandoffStatus.Withdrawn, (await world.Handoffs.GetAsync(world.Megan, world.Fabrikam.Id, handoff.Id)).Value!.Handoff.Status);
        var toMegan = Assert.Single(notes, n => n.UserId == world.Megan.UserId).Message.Card!.ToJsonString();
        Assert.Contains("Rollout", toMegan, StringComparison.Ordinal);
        Assert.Contains("Handoff withdrawn", toMegan, StringComparison.Ordinal);
        var toPat = Assert.Single(notes, n => n.UserId == world.Pat.UserId);
        var patsCards = updates.Where(u => u.TrackingKey.EndsWith(":recipient", StringComparison.Ordinal)).Select(u => u.Card).Append(toPat.Message.Card!).ToList();
        Assert.Equal(3, patsCards.Count);
        Assert.All(patsCards, card => Assert.All(
            ["Rollout", "Fabrikam", "12", "Anna", "Megan", handoff.Id, world.Fabrikam.Id],
            secret => Assert.DoesNotContain(secret, card.ToJsonString(), StringComparison.Ordinal)));
        Assert.Contains(updates, u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender) && u.Card.ToJsonString().Contains("Rollout", StringComparison.Ordinal));
        Assert.Empty(reminders);
    }

    [Fact]
    public async Task Reminder_ForAGuestWhoseShareWasRevokedBeforeItWentOut_IsNotSent()
    {
        var world = await TurnWorld.CreateAsync();
        await world.SayAsync(world.Megan, "hand off the Fabrikam rollout to @Pat by Friday", mentions: [TurnWorld.MentionOf(world.Pat)]);
        world.Time.Advance(TimeSpan.FromDays(7));

        // The reminder is claimed and written, but the share goes before it is delivered.
        using var scope = world.Journal.Begin();
        await world.Reminders.ClaimDueAsync(world.TenantId);
        var written = scope.Written;
        TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));
        var (notes, _) = await world.DeliverAsync(written);

        Assert.Equal(2, written.Count);
        Assert.Empty(notes);
    }
}
