namespace TeamsCrm.Teams.Tests.Persistence;

public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static ConversationReference Personal(string tenant) => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ConversationId = TestActivities.PersonalConversationId,
        TenantId = tenant,
        ConversationType = "personal",
        BotId = "28:bot",
        UserId = TestActivities.UserId,
        UserAadObjectId = TestActivities.UserAadObjectId,
        Locale = "de-DE",
        UpdatedAt = DateTimeOffset.Parse("2026-11-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task UpsertAsync_Personal_ReadableByConversationAndByUser()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();

        await store.UpsertAsync(Personal(tenant));

        Assert.Equal(Personal(tenant), await store.GetIfExistsAsync(tenant, TestActivities.PersonalConversationId));
        Assert.Equal(Personal(tenant), await store.GetPersonalIfExistsAsync(tenant, TestActivities.UserAadObjectId));
        Assert.Null(await store.GetIfExistsAsync(AzuriteFixture.NewTenant(), TestActivities.PersonalConversationId));
    }

    [Fact]
    public async Task UpsertAsync_ChannelThread_StoredAsChannel()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();

        await store.UpsertAsync(Personal(tenant) with { ConversationId = "19:c@thread.tacv2;messageid=17", ConversationType = "channel" });

        Assert.NotNull(await store.GetIfExistsAsync(tenant, "19:c@thread.tacv2"));
        Assert.Equal(["19:c@thread.tacv2"], await store.QueryAsync(tenant).Select(r => r.ConversationId).ToListAsync());
    }

    [Fact]
    public async Task UpsertAsync_SameReferenceAgainSoon_NothingWritten()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        var first = Personal(tenant);

        await store.UpsertAsync(first);
        await store.UpsertAsync(first with { ActivityId = "next-click", UpdatedAt = first.UpdatedAt.AddMinutes(14) });

        Assert.Equal(first.UpdatedAt, (await store.GetIfExistsAsync(tenant, first.ConversationId))!.UpdatedAt);
        Assert.Equal(first.UpdatedAt, (await store.GetPersonalIfExistsAsync(tenant, first.UserAadObjectId!))!.UpdatedAt);
    }

    [Fact]
    public async Task UpsertAsync_ReferenceChanged_WrittenAtOnce()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        var first = Personal(tenant);
        var moved = first with { ServiceUrl = "https://smba.trafficmanager.net/amer/", UpdatedAt = first.UpdatedAt.AddMinutes(1) };

        await store.UpsertAsync(first);
        await store.UpsertAsync(moved);

        Assert.Equal(moved, await store.GetIfExistsAsync(tenant, first.ConversationId));
        Assert.Equal(moved, await store.GetPersonalIfExistsAsync(tenant, first.UserAadObjectId!));
    }

    [Fact]
    public async Task UpsertAsync_SameReferenceAfterFifteenMinutes_WrittenAgain()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        var first = Personal(tenant);
        var later = first with { UpdatedAt = first.UpdatedAt.AddMinutes(15) };

        await store.UpsertAsync(first);
        await store.UpsertAsync(later);

        Assert.Equal(later.UpdatedAt, (await store.GetIfExistsAsync(tenant, first.ConversationId))!.UpdatedAt);
    }

    [Fact]
    public async Task MarkUnusableAsync_Blocked_BothEntriesUnusableUntilNextUpsert()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        await store.UpsertAsync(Personal(tenant));

        await store.MarkUnusableAsync(tenant, TestActivities.PersonalConversationId, "MessageWritesBlocked");

        Assert.Equal("MessageWritesBlocked", (await store.GetIfExistsAsync(tenant, TestActivities.PersonalConversationId))!.UnusableReason);
        Assert.True((await store.GetPersonalIfExistsAsync(tenant, TestActivities.UserAadObjectId))!.Unusable);
        await store.UpsertAsync(Personal(tenant));
        Assert.False((await store.GetIfExistsAsync(tenant, TestActivities.PersonalConversationId))!.Unusable);
    }

    [Fact]
    public async Task UpsertAsync_WithoutLocale_KeepsThePreviousLocale()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        await store.UpsertAsync(Personal(tenant));

        await store.UpsertAsync(Personal(tenant) with { Locale = null, ActivityId = "install-1" });

        Assert.Equal("de-DE", (await store.GetIfExistsAsync(tenant, TestActivities.PersonalConversationId))!.Locale);
        Assert.Equal("de-DE", (await store.GetPersonalIfExistsAsync(tenant, TestActivities.UserAadObjectId))!.Locale);
        Assert.Equal("de-DE", await store.GetUserLocaleAsync(tenant, TestActivities.UserAadObjectId));
    }

    [Fact]
    public async Task GetUserLocaleAsync_TheLatestActivityInAnyConversation()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        await store.UpsertAsync(Personal(tenant));
        Assert.Equal("de-DE", await store.GetUserLocaleAsync(tenant, TestActivities.UserAadObjectId));

        await store.UpsertAsync(Personal(tenant) with { ConversationId = "19:c@thread.tacv2;messageid=3", ConversationType = "channel", Locale = "en-GB" });

        Assert.Equal("en-GB", await store.GetUserLocaleAsync(tenant, TestActivities.UserAadObjectId));
        Assert.Equal("de-DE", (await store.GetPersonalIfExistsAsync(tenant, TestActivities.UserAadObjectId))!.Locale);
        Assert.Null(await store.GetUserLocaleAsync(tenant, "someone-else"));
        Assert.Null(await store.GetUserLocaleAsync(AzuriteFixture.NewTenant(), TestActivities.UserAadObjectId));
    }

    [Fact]
    public async Task GetUserLocaleAsync_NoUserRow_FallsBackToThePersonalChat()
    {
        using var store = new TableConversationReferenceStore(azurite.Tables);
        var tenant = AzuriteFixture.NewTenant();
        await store.UpsertAsync(Personal(tenant));

        // A reference stored before the user rows existed.
        await azurite.Tables.GetTableClient("BotConversations").DeleteEntityAsync($"{tenant}|user", TestActivities.UserAadObjectId);

        Assert.Equal("de-DE", await store.GetUserLocaleAsync(tenant, TestActivities.UserAadObjectId));
    }

    [Fact]
    public async Task QueryTenantsAsync_EveryTenantWithAReference_Once()
    {
        var prefix = TestStorage.NewTablePrefix("R");
        var (first, second) = (AzuriteFixture.NewTenant(), AzuriteFixture.NewTenant());
        using (var store = new TableConversationReferenceStore(azurite.Tables, prefix))
        {
            await store.UpsertAsync(Personal(first));
            await store.UpsertAsync(Personal(first) with { ConversationId = "19:c@thread.tacv2", ConversationType = "channel" });
            await store.UpsertAsync(Personal(second));
        }

        // Another instance (no memory of the registered tenants) stores again: still once each.
        using var restarted = new TableConversationReferenceStore(azurite.Tables, prefix);
        await restarted.UpsertAsync(Personal(first));

        Assert.Equal(new[] { first, second }.Order(), (await restarted.QueryTenantsAsync().ToListAsync()).Order());
    }
}
