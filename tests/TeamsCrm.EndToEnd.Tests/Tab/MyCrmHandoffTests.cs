using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// My CRM in Chromium with the bot in the real Agents Playground: a handoff offered by chat is accepted in the personal
/// tab — the deal changes owner in storage, and the bot's offer card in Megan's chat is replaced in place (no accept
/// button any more), exactly as if she had clicked it there.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class MyCrmHandoffTests(TabBrowserFixture fixture)
{
    private readonly PlaygroundChat _chat = new(fixture);
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task MyCrm_AcceptAHandoffInTheTab_DealIsHersAndTheBotsOfferCardIsUpdated()
    {
        var spoke = _chat.Mark();
        await _chat.MeganTypesAsync("my deals");
        await _chat.WaitForBotAsync(_ => true, spoke);
        var offer = await _chat.HandOffToMeganAsync(DemoUsers.Lukas, "hand off the Contoso Rollout to Megan: she knows the customer", "Contoso Rollout");
        var handoffId = (await _storage.HandoffAsync("Contoso Rollout")).GetString("Id");
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync("/tab/me");
        var waiting = megan.Page.Locator($".crm-handoff-waiting[data-handoff-id='{handoffId}']");
        await Assertions.Expect(waiting).ToContainTextAsync("Contoso Rollout");
        var since = _chat.Mark();

        await waiting.GetByText("Accept", new LocatorGetByTextOptions { Exact = true }).ClickAsync();

        await Assertions.Expect(megan.Page.Locator(".crm-status")).ToContainTextAsync("Contoso Ltd");
        await Assertions.Expect(waiting).ToHaveCountAsync(0);
        Assert.Equal(DemoUsers.Megan.AadObjectId, await _storage.DealOwnerAsync("Contoso Rollout"));
        Assert.Equal("Accepted", (await _storage.HandoffAsync("Contoso Rollout")).GetString("Status"));
        await _chat.WaitForBotAsync(m => BotCards.SameMessage(m, offer) && !BotCards.Json(m).Contains("handoff.accept", StringComparison.Ordinal), since, includeUpdates: true);
    }

    [Fact]
    public async Task MyCrm_DeclineWithoutAReason_AskedForOneAndNothingChanged()
    {
        var spoke = _chat.Mark();
        await _chat.MeganTypesAsync("my deals");
        await _chat.WaitForBotAsync(_ => true, spoke);
        await _chat.HandOffToMeganAsync(DemoUsers.Lukas, "hand off the Fabrikam Rollout to Megan: they want a local contact", "Fabrikam Rollout");
        var handoffId = (await _storage.HandoffAsync("Fabrikam Rollout")).GetString("Id");
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync("/tab/me");
        var waiting = megan.Page.Locator($".crm-handoff-waiting[data-handoff-id='{handoffId}']");

        await waiting.GetByText("Decline", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await waiting.GetByText("Decline the handoff", new LocatorGetByTextOptions { Exact = true }).ClickAsync();

        await Assertions.Expect(megan.Page.Locator("section[aria-labelledby=handoffs-waiting] .crm-error")).ToBeVisibleAsync();
        Assert.Equal("Pending", (await _storage.HandoffAsync("Fabrikam Rollout")).GetString("Status"));
        Assert.Equal(DemoUsers.Lukas.AadObjectId, await _storage.DealOwnerAsync("Fabrikam Rollout"));
    }
}
