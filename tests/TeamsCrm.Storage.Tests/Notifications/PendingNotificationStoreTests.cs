namespace TeamsCrm.Storage.Tests.Notifications;

/// <summary>Durable notifications on Azurite: written with the change or not at all, found through their markers, taken by one dispatcher.</summary>
public sealed class PendingNotificationStoreTests
{
    private const string Tenant = "tenant-notify";

    [Fact]
    public async Task Commit_HandoffStarted_OfferStoredWithTheChange_AndItsMarkerDue()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Tailspin Toys", "Fleet");

        using var scope = crm.Journal.Begin();
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));

        var ticket = Assert.Single(scope.Written);
        Assert.Equal(nameof(NotificationKind.HandoffOffered), ticket.Kind);
        Assert.Equal(ticket, Assert.Single(await DueAsync(crm)));
        var offer = await crm.PendingNotifications.ReadAsync(ticket, default);
        Assert.NotNull(offer);
        Assert.Equal((NotificationKind.HandoffOffered, lukas.UserId, account.Id, handoff.Id, $"handoff:{handoff.Id}:offered", NotificationParty.Recipient),
            (offer.Kind, offer.RecipientUserId, offer.AccountId, offer.RecordId, offer.OnceKey, offer.Party));
        Assert.Equal(megan.AsPerson(), offer.CausedBy);
    }

    [Fact]
    public async Task Commit_ConcurrencyConflict_WritesNeitherNotificationNorMarker()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, stale) = await crm.MegansDealAsync(Tenant, "Litware", "Licences");
        Assert.True((await crm.Deals.ChangeStageAsync(megan, account.Id, stale.Id, DealStage.Qualified, null)).IsSuccess);
        var before = await crm.CountPartitionEntitiesAsync(Tenant, account.Id);
        var note = PendingNotification.For(NotificationKind.CommentMention, lukas.UserId, account.Id, stale.Id, "test:conflict", megan.AsPerson(), crm.Time);

        using var scope = crm.Journal.Begin();
        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Update(stale, stale with { Title = "Changed" }).Notify(note)));

        Assert.Empty(scope.Written);
        Assert.Empty(await DueAsync(crm));
        Assert.Equal(0, await CrmTestStore.CountAsync(crm.Tables.Notify));
        Assert.Equal(before, await crm.CountPartitionEntitiesAsync(Tenant, account.Id));
    }

    [Fact]
    public async Task Marker_WhoseTransactionNeverCommitted_IsAnOrphanOnlyAfterTheRepairDelay()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Proseware");
        var outbox = new NotificationOutbox(crm.Tables, crm.Journal, crm.Time);
        var never = PendingNotification.For(NotificationKind.CommentMention, megan.UserId, account.Id, account.Id, "test:orphan", megan.AsPerson(), crm.Time);

        // The writer died between the marker and the transaction.
        var marker = Assert.Single(await outbox.WriteMarkersAsync(Tenant, account.Id, [never], default));
        var taken = await crm.PendingNotifications.TryTakeAsync(marker, crm.Time.GetUtcNow().AddMinutes(2), default);

        Assert.NotNull(taken);
        Assert.Null(await crm.PendingNotifications.ReadAsync(taken, default));
        Assert.False(crm.PendingNotifications.IsOrphan(taken));
        crm.Time.Advance(crm.Options.OutboxRepairDelay - TimeSpan.FromSeconds(1));
        Assert.False(crm.PendingNotifications.IsOrphan(taken));
        crm.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(crm.PendingNotifications.IsOrphan(taken));
        await crm.PendingNotifications.DropMarkerAsync(taken, default);
        Assert.Equal(0, await CrmTestStore.CountAsync(crm.Tables.Notify));
    }

    [Fact]
    public async Task TryTake_TwoDispatchersAtOnce_OnlyOneHoldsTheTicket_UntilTheLeaseEnds()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Woodgrove", "Branches");
        await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));
        var ticket = Assert.Single(await DueAsync(crm));
        var until = crm.Time.GetUtcNow().AddMinutes(2);

        var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => crm.PendingNotifications.TryTakeAsync(ticket, until, default)));

        var holder = Assert.Single(taken, t => t is not null)!;
        Assert.Equal(1, holder.Attempts);
        Assert.Empty(await DueAsync(crm));
        crm.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(holder with { ETag = string.Empty }, Assert.Single(await DueAsync(crm)) with { ETag = string.Empty });
    }

    [Fact]
    public async Task Complete_RemovesTheNotificationAndItsMarker_RescheduleKeepsTheAttempts()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Humongous", "Mainframe");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));
        var ticket = Assert.Single(await DueAsync(crm));
        var taken = (await crm.PendingNotifications.TryTakeAsync(ticket, crm.Time.GetUtcNow().AddMinutes(2), default))!;

        await crm.PendingNotifications.RescheduleAsync(taken, crm.Time.GetUtcNow().AddSeconds(10), default);
        crm.Time.Advance(TimeSpan.FromSeconds(10));
        var again = Assert.Single(await DueAsync(crm));
        Assert.Equal(1, again.Attempts);
        await crm.PendingNotifications.CompleteAsync(again, default);

        Assert.Empty(await DueAsync(crm));
        Assert.Null(await crm.PendingNotifications.ReadAsync(again, default));
        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
    }

    [Fact]
    public async Task Commit_CommentMentioningTwo_OneNotificationEach_NeverTheAuthor()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, adele) = (CrmTestStore.Member(Tenant, "Megan"), CrmTestStore.Member(Tenant, "Lukas"), CrmTestStore.Member(Tenant, "Adele"));
        var account = await crm.AccountAsync(megan, "Alpine Ski House");

        using var scope = crm.Journal.Begin();
        var comment = (await crm.Comments.AddAsync(megan, account.Id, new Core.Comments.CommentInput("ask them", [megan.AsPerson(), lukas.AsPerson(), adele.AsPerson()]))).Value!;

        var mentions = await Task.WhenAll(scope.Written.Select(t => crm.PendingNotifications.ReadAsync(t, default)));
        Assert.Equal(
            new[] { lukas.UserId, adele.UserId }.Order(StringComparer.Ordinal),
            mentions.Select(m => m!.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.All(mentions, m => Assert.Equal((NotificationKind.CommentMention, comment.Id), (m!.Kind, m.RecordId)));
    }

    private static async Task<IReadOnlyList<NotificationTicket>> DueAsync(CrmTestStore crm)
    {
        var due = new List<NotificationTicket>();
        await foreach (var ticket in crm.PendingNotifications.ListDueAsync(100))
        {
            due.Add(ticket);
        }

        return due;
    }
}
