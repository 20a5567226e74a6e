namespace TeamsCrm.Conversation.Tests.Accounts;

/// <summary>
/// The customer card's "Open in Teams tab": the host's link to the account's page — in the conversation's channel when
/// that channel's tab shows the account, else the person's own page — or no button without one.
/// </summary>
public sealed class AccountPageLinkTurnTests
{
    /// <summary>The channel <see cref="TurnWorld.ClickAsync"/> clicks in for a channel conversation.</summary>
    private const string Channel = "19:channel@thread.tacv2";

    [Fact]
    public async Task CustomerCard_HostHasAccountPages_OpenInTeamsTabLinksToTheAccount()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task CustomerCard_InAChannelWhoseTabShowsTheAccount_LinksToThatChannelTab()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Fabrikam.Id, pageId: "tab-entity-7"));

        var card = await FabrikamInTheChannelAsync(world);

        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id, new AccountPagePlace(Channel, "tab-entity-7")).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task CustomerCard_InAChannelLinkedByCommandWithoutTab_LinksToThePersonalPage()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Fabrikam.Id));

        var card = await FabrikamInTheChannelAsync(world);

        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task CustomerCard_InAChannelWhoseTabShowsAnotherAccount_LinksToThePersonalPage()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Contoso.Id, pageId: world.Contoso.Id));

        var card = await FabrikamInTheChannelAsync(world);

        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task CustomerCard_ChannelNamedInTheCardData_IsIgnored()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Fabrikam.Id, pageId: world.Fabrikam.Id));

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), ("channelId", Channel)))).Card!;

        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task LinkAsync_SameAccountAgainWithoutTab_KeepsTheTab()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Fabrikam.Id, pageId: "tab-entity-7"));
        await world.SayAsync(world.Megan, "link this channel to Fabrikam", channelId: Channel, kind: ConversationKind.Channel);

        var card = await FabrikamInTheChannelAsync(world);

        Assert.Equal("tab-entity-7", TurnWorld.Ok(await world.ChannelLinks.GetAsync(world.Megan, Channel)).PageId);
        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id, new AccountPagePlace(Channel, "tab-entity-7")).AbsoluteUri, OpenTab(card));
    }

    [Fact]
    public async Task CustomerCard_NoAccountPagesInALinkedChannel_NoOpenInTeamsTab()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.ChannelLinks.LinkAsync(world.Megan, Channel, "team-1", world.Fabrikam.Id, pageId: world.Fabrikam.Id));

        var card = await FabrikamInTheChannelAsync(world);

        Assert.DoesNotContain(JsonTreeActions(card), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
    }

    [Fact]
    public async Task CustomerCard_NoAccountPages_NoOpenInTeamsTab()
    {
        var world = await TurnWorld.CreateAsync();

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        Assert.DoesNotContain(JsonTreeActions(card), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
    }

    /// <summary>Lukas opens Fabrikam's card in <see cref="Channel"/>.</summary>
    private static async Task<JsonObject> FabrikamInTheChannelAsync(TurnWorld world) =>
        (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)), kind: ConversationKind.Channel)).Card!;

    private static string OpenTab(JsonObject card) =>
        Assert.Single(JsonTreeActions(card), a => a["type"]!.GetValue<string>() == "Action.OpenUrl" && a["title"]!.GetValue<string>() == "Open in Teams tab")["url"]!.GetValue<string>();

    private static List<JsonObject> JsonTreeActions(JsonObject card)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && o["type"]!.GetValue<string>().StartsWith("Action.", StringComparison.Ordinal))
                    {
                        found.Add(o);
                    }

                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(card);
        return found;
    }

    private sealed class PageLinks : IAccountPageLinks
    {
        public static Uri For(string tenantId, string accountId, AccountPagePlace? place = null) => place is null
            ? new($"https://teams.example/l/entity/app/my-crm?tenant={tenantId}&account={accountId}")
            : new($"https://teams.example/l/entity/app/{place.PageId}?tenant={tenantId}&account={accountId}&channel={Uri.EscapeDataString(place.ChannelId)}");

        Uri? IAccountPageLinks.PageOf(string tenantId, string accountId, AccountPagePlace? place) => For(tenantId, accountId, place);
    }
}
