namespace TeamsCrm.Storage.Tests.Accounts;

public sealed class RoundTripTests
{
    private const string Tenant = "tenant-roundtrip";

    [Fact]
    public async Task EveryRecordKind_WrittenThroughUseCases_ReadsBackEqual()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan Bowen");
        var lukas = CrmTestStore.Member(Tenant, "Lukas Schneider");
        var input = new AccountInput(
            "Müller Maschinenbau GmbH", "GmbH", "Mechanical engineering", "Mid-market", "https://mueller.example",
            new PostalAddress("Königstraße 1", "70173", "Stuttgart", "Germany"),
            new SocialProfiles("https://www.linkedin.com/company/mueller", null, null), AccountStatus.Active);
        var account = (await crm.Accounts.CreateAsync(megan, input)).Value!;
        crm.Tick();
        var contact = (await crm.Contacts.CreateAsync(megan, account.Id, new ContactInput("Anna", "Schmidt", "CIO", "anna@mueller.example", "+49 711 123", PreferredChannel.Teams, true))).Value!;
        crm.Tick();
        var deal = (await crm.Deals.CreateAsync(megan, account.Id, new DealInput("Rollout", 12_345.67m, "EUR", 10, new DateOnly(2027, 3, 31), "Website"))).Value!;
        crm.Tick();
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "German speaker", crm.Time.GetUtcNow().AddDays(2)));
        crm.Tick();
        var comment = (await crm.Comments.AddAsync(megan, account.Id, new CommentInput("Hallo @Lukas", [lukas.AsPerson()], CommentVisibility.Shared, deal.Id))).Value!;
        crm.Tick();
        var interaction = (await crm.Interactions.LogAsync(megan, account.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, "Call about rollout", null, contact.Id))).Value!;
        crm.Tick();
        var task = (await crm.Tasks.CreateAsync(megan, account.Id, new FollowUpInput("Send offer", lukas.AsPerson(), crm.Time.GetUtcNow().AddDays(1), deal.Id))).Value!;
        var partner = new PartnerOrganization("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"]);
        await crm.Partners.UpsertAsync(Tenant, partner);
        crm.Tick();
        var share = (await crm.Shares.ShareAsync(megan, account.Id, partner.Id, ShareLevel.Contribute)).Value!;

        var partition = await crm.Store.LoadAsync(Tenant, account.Id, new PartitionSlice(10, 10, false));

        Assert.NotNull(partition);
        Assert.Equal(account, partition.Account);
        Assert.Equal(contact, Assert.Single(partition.Contacts));
        Assert.Equal(deal with { Version = partition.Deals[0].Version, UpdatedAt = partition.Deals[0].UpdatedAt }, Assert.Single(partition.Deals));
        Assert.Equal(handoff, Assert.Single(partition.Handoffs));
        Assert.Equal(share, Assert.Single(partition.Shares));
        var readComment = Assert.Single(partition.LatestComments);
        Assert.Equal(comment with { Mentions = [] }, readComment with { Mentions = [] });
        Assert.Equal(comment.Mentions, readComment.Mentions);
        Assert.Equal(interaction, Assert.Single(partition.RecentInteractions));
        Assert.Equal(task, await crm.Store.GetRecordIfExistsAsync<FollowUpTask>(Tenant, account.Id, task.Id));
        Assert.Equal(partner.Name, (await crm.Partners.GetIfExistsAsync(Tenant, partner.Id))!.Name);

        var audit = new List<AuditEntry>();
        await foreach (var entry in crm.Store.QueryRecordsAsync<AuditEntry>(Tenant, account.Id))
        {
            audit.Add(entry);
        }

        Assert.Equal(["Shared", "Created", "Logged", "Created", "HandoffStarted", "Created", "Created", "Created"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(megan.UserId, a.Actor.UserId));
        Assert.Contains("12345.67", audit.Single(a => a.RecordKind == "Deal").After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingAccount_ReturnsNull()
    {
        var crm = await CrmTestStore.CreateAsync();

        Assert.Null(await crm.Store.LoadAsync(Tenant, Core.Common.CrmIds.New(crm.Time), PartitionSlice.CoreOnly));
    }
}
