using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// Configuring the channel tab for an account, in Chromium inside a fake Teams host: the bot's search finds the account
/// in spite of a typo, Save links the channel (the bot's "summary" in that channel then answers for the account, through
/// the real Agents Playground) and sets the tab to the account's workspace; the customer card in that channel then
/// deep-links "Open in Teams tab" to this channel tab.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class TabConfigurationTests(TabBrowserFixture fixture)
{
    private const string GeneralChannel = "19:sales-team@thread.tacv2";

    private readonly PlaygroundChat _chat = new(fixture);
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task Configure_ChooseAccountAndSave_LinksTheChannelAndSetsTheWorkspace()
    {
        var northwind = (await _storage.AccountAsync("Northwind Traders")).GetString("Id");
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        var frame = await FakeTeamsHost.OpenAsync(megan, "/tab/configure?theme=default", GeneralChannel, GeneralChannel);

        await frame.Locator("#crm-account-search").FillAsync("nortwind");
        await frame.Locator(".crm-configure-search button[type=submit]").ClickAsync();
        await frame.Locator(".crm-configure-hit", new FrameLocatorOptions { HasText = "Northwind Traders" }).Locator("input").CheckAsync();
        await Assertions.Expect(frame.Locator($".crm-configure-chosen[data-account-id='{northwind}']")).ToBeVisibleAsync();
        await frame.WaitForFunctionAsync("() => window.fakeTeams.valid"); // Teams enables Save

        Assert.Equal("success", await FakeTeamsHost.SaveAsync(frame));

        var config = await frame.EvaluateAsync<JsonElement>("() => window.fakeTeams.config");
        Assert.Equal(northwind, config.GetProperty("entityId").GetString());
        Assert.Equal("Northwind Traders", config.GetProperty("suggestedDisplayName").GetString());
        Assert.Equal($"{fixture.AppAddress.AbsoluteUri}tab/accounts/{northwind}?theme={{theme}}", config.GetProperty("contentUrl").GetString());

        var since = _chat.Mark();
        await _chat.MeganTypesInAsync(GeneralChannel, "summary");
        var shell = await fixture.Stream.WaitForPostAsync(
            GeneralChannel, m => BotCards.Sender(m) == DemoUsers.BotId && BotCards.Json(m).Contains("Northwind Traders", StringComparison.Ordinal), PlaygroundChat.Timeout, since, includeUpdates: false);

        // Megan opens the shell in the channel: her own card, whose "Open in Teams tab" is the channel tab just configured.
        var card = await _chat.InvokeInAsync(PlaygroundStream.ConversationId(shell), DemoUsers.Megan, PlaygroundChat.MessageId(shell.GetProperty("message")), "card.refresh", new JsonObject { ["accountId"] = northwind });
        var link = new Uri(OpenInTeamsTab(JsonNode.Parse(card.GetRawText())) ?? throw new InvalidOperationException($"No \"Open in Teams tab\" in {card.GetRawText()}"));
        using var contextJson = JsonDocument.Parse(System.Web.HttpUtility.ParseQueryString(link.Query)["context"]!);
        var context = contextJson.RootElement;
        Assert.Equal($"https://teams.microsoft.com/l/entity/{TabBrowserFixture.TeamsAppId}/{northwind}", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(GeneralChannel, context.GetProperty("channelId").GetString());
        Assert.Equal($"account:{northwind}", context.GetProperty("subEntityId").GetString());
    }

    /// <summary>The url of the card's "Open in Teams tab" button.</summary>
    private static string? OpenInTeamsTab(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.OpenUrl" && (string?)o["title"] == "Open in Teams tab" => (string?)o["url"],
        JsonObject o => o.Select(p => OpenInTeamsTab(p.Value)).FirstOrDefault(u => u is not null),
        JsonArray a => a.Select(OpenInTeamsTab).FirstOrDefault(u => u is not null),
        _ => null,
    };

    [Fact]
    public async Task Configure_SaveAsAGuest_IsRefusedAndLinksNothing()
    {
        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        var frame = await FakeTeamsHost.OpenAsync(pat, "/tab/configure", "19:contoso-account@thread.tacv2", GeneralChannel);

        await frame.Locator("#crm-account-search").FillAsync("Northwind");
        await frame.Locator(".crm-configure-search button[type=submit]").ClickAsync();
        await frame.Locator(".crm-configure-hit", new FrameLocatorOptions { HasText = "Northwind Traders" }).Locator("input").CheckAsync();
        await Assertions.Expect(frame.Locator(".crm-configure-chosen")).ToBeVisibleAsync(); // what the guest sees before pressing Save

        var outcome = await FakeTeamsHost.SaveAsync(frame);

        Assert.NotEqual("success", outcome);
        await Assertions.Expect(frame.Locator(".crm-error")).ToBeVisibleAsync();
        Assert.Equal(JsonValueKind.Null, (await frame.EvaluateAsync<JsonElement>("() => window.fakeTeams.config")).ValueKind);
    }
}
