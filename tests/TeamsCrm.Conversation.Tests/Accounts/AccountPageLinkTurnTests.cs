namespace TeamsCrm.Conversation.Tests.Accounts;

/// <summary>The customer card's "Open in Teams tab": the host's link to the account's page, or no button without one.</summary>
public sealed class AccountPageLinkTurnTests
{
    [Fact]
    public async Task CustomerCard_HostHasAccountPages_OpenInTeamsTabLinksToTheAccount()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountPageLinks>(new PageLinks()));

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        var open = Assert.Single(JsonTreeActions(card), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal("Open in Teams tab", open["title"]!.GetValue<string>());
        Assert.Equal(PageLinks.For(world.TenantId, world.Fabrikam.Id).AbsoluteUri, open["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task CustomerCard_NoAccountPages_NoOpenInTeamsTab()
    {
        var world = await TurnWorld.CreateAsync();

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        Assert.DoesNotContain(JsonTreeActions(card), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
    }

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
        public static Uri For(string tenantId, string accountId) => new($"https://teams.example/l/entity/app/my-crm?tenant={tenantId}&account={accountId}");

        Uri? IAccountPageLinks.PageOf(string tenantId, string accountId) => For(tenantId, accountId);
    }
}
