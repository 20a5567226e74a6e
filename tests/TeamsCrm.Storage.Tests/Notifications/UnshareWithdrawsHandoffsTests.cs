namespace TeamsCrm.Storage.Tests.Notifications;

/// <summary>Taking a share back withdraws, in the same transaction, the pending handoffs to guests who lose access with it.</summary>
public sealed class UnshareWithdrawsHandoffsTests
{
    private const string Tenant = "tenant-unshare";
    private const string Org = "fabrikam-partners";

    [Fact]
    public async Task UnshareAsync_AccountShare_WithdrawsTheGuestsHandoff_KeepsTheMembers_AndTellsBothParties()
    {
        var (crm, megan, pat) = await WorldAsync();
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        var toGuest = await crm.DealAsync(megan, account, "Rollout");
        var toMember = await crm.DealAsync(megan, account, "Support");
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit)).IsSuccess);
        var guests = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, toGuest.Id, pat, "Call Anna"));
        var members = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, toMember.Id, lukas));

        using var scope = crm.Journal.Begin();
        Assert.True((await crm.Shares.UnshareAsync(megan, account.Id, Org)).IsSuccess);

        var withdrawn = (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, guests.Id))!;
        Assert.Equal(HandoffStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(crm.Time.GetUtcNow(), withdrawn.RespondedAt);
        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, members.Id))!.Status);
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<Share>(Tenant, account.Id, Org));
        var audit = new List<AuditEntry>();
        await foreach (var entry in crm.Store.QueryRecordsAsync<AuditEntry>(Tenant, account.Id))
        {
            audit.Add(entry);
        }

        Assert.Contains(audit, a => a.Action == "HandoffWithdrawn" && a.RecordId == guests.Id && a.Actor.UserId == megan.UserId);
        var told = await Task.WhenAll(scope.Written.Select(t => crm.PendingNotifications.ReadAsync(t, default)));
        Assert.Equal(
            new[] { (megan.UserId, NotificationParty.Sender), (pat.UserId, NotificationParty.Recipient) }.Order(),
            told.Select(n => (n!.RecipientUserId, n.Party)).Order());
        Assert.All(told, n => Assert.Equal((NotificationKind.HandoffWithdrawn, guests.Id), (n!.Kind, n.RecordId)));
        Assert.Empty(await crm.MyWork.HandoffsWaitingAsync(pat));
    }

    [Fact]
    public async Task UnshareAsync_DealShareWhileTheAccountShareRemainsAtEdit_TheHandoffStaysPending()
    {
        var (crm, megan, pat) = await WorldAsync();
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var deal = await crm.DealAsync(megan, account, "Renewal");
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit)).IsSuccess);
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit, deal.Id)).IsSuccess);
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, pat));

        using var scope = crm.Journal.Begin();
        Assert.True((await crm.Shares.UnshareAsync(megan, account.Id, Org, deal.Id)).IsSuccess);

        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
        Assert.Empty(scope.Written);
    }

    [Fact]
    public async Task UnshareAsync_DealShare_WithdrawsOnlyThatDealsHandoff()
    {
        var (crm, megan, pat) = await WorldAsync();
        var account = await crm.AccountAsync(megan, "Müller Maschinenbau GmbH");
        var shared = await crm.DealAsync(megan, account, "Presses");
        var other = await crm.DealAsync(megan, account, "Lathes");
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit, shared.Id)).IsSuccess);
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit, other.Id)).IsSuccess);
        var first = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, shared.Id, pat));
        var second = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, other.Id, pat));

        Assert.True((await crm.Shares.UnshareAsync(megan, account.Id, Org, shared.Id)).IsSuccess);

        Assert.Equal(HandoffStatus.Withdrawn, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, first.Id))!.Status);
        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, second.Id))!.Status);
        Assert.False((await crm.Handoffs.AcceptAsync(pat, account.Id, first.Id)).IsSuccess);
    }

    [Fact]
    public async Task ShareAsync_LoweredFromEditToRead_WithdrawsTheGuestsHandoff_RaisingKeepsIt()
    {
        var (crm, megan, pat) = await WorldAsync();
        var account = await crm.AccountAsync(megan, "Trey Research");
        var deal = await crm.DealAsync(megan, account, "Study");
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Contribute)).IsSuccess);
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit)).IsSuccess);
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, pat));
        Assert.True((await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Edit)).IsSuccess);
        Assert.Equal(HandoffStatus.Pending, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);

        using var scope = crm.Journal.Begin();
        var lowered = await crm.Shares.ShareAsync(megan, account.Id, Org, ShareLevel.Read);

        Assert.Equal(ShareLevel.Read, lowered.Value!.Level);
        Assert.Equal(HandoffStatus.Withdrawn, (await crm.Store.GetRecordIfExistsAsync<Handoff>(Tenant, account.Id, handoff.Id))!.Status);
        Assert.Equal(2, scope.Written.Count(t => t.Kind == nameof(NotificationKind.HandoffWithdrawn)));
    }

    private static async Task<(CrmTestStore Crm, Core.Identity.Caller Megan, Core.Identity.Caller Pat)> WorldAsync()
    {
        var crm = await CrmTestStore.CreateAsync();
        var pat = CrmTestStore.Guest(Tenant, "Pat", Org);
        await crm.Partners.UpsertAsync(Tenant, new PartnerOrganization(Org, "Fabrikam Partners", []) { Members = [pat.AsPerson()] });
        return (crm, CrmTestStore.Member(Tenant, "Megan"), pat);
    }
}
