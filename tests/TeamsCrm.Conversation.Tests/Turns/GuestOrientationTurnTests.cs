using TeamsCrm.Core.Settings;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>A guest's first contact and a guest in no organisation, end to end on Azurite, in English and German.</summary>
public sealed class GuestOrientationTurnTests
{
    [Fact]
    public async Task HandleMessageAsync_GuestInNoOrganisation_IsToldOneAdminToAskAndSeesNothing()
    {
        var world = await TurnWorld.CreateAsync();
        await world.Settings.SaveAsync(world.TenantId, new CrmSettings([world.Megan.AsPerson(), world.Lukas.AsPerson()]));
        var eve = new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest);

        var outcome = await world.SayAsync(eve, "show fabrikam");

        var reply = Assert.Single(outcome.Replies);
        Assert.Null(reply.Card);
        Assert.Contains("ask Megan Bowen to add you", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Lukas.DisplayName, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rollout", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCardActionAsync_GuestInNoOrganisation_GetsOnlyTheAdminToAskInGerman()
    {
        var world = await TurnWorld.CreateAsync();
        await world.Settings.SaveAsync(world.TenantId, new CrmSettings([world.Megan.AsPerson()]));
        var eve = new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest);

        var outcome = await world.ClickAsync(eve, CardVerbs.ShowAccount, new JsonObject { ["accountId"] = world.Fabrikam.Id }, "de-DE");

        Assert.Null(outcome.Card);
        Assert.Contains("wenden Sie sich an Megan Bowen", outcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleMessageAsync_GuestInNoOrganisationAndNoAdminConfigured_IsToldToAskTheirContact()
    {
        var world = await TurnWorld.CreateAsync();
        var eve = new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest);

        var reply = Assert.Single((await world.SayAsync(eve, "help")).Replies);

        Assert.Contains("ask your contact at the company", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeAsync_GuestOfAnOrganisation_SaysWhatIsSharedAndWhatTheyCanDo()
    {
        var world = await TurnWorld.CreateAsync();

        var english = await world.Conversation.WelcomeAsync(world.Pat, "en-US");
        var german = await world.Conversation.WelcomeAsync(world.Pat, "de-DE");

        Assert.Contains("guest of Fabrikam Partners", english.Text, StringComparison.Ordinal);
        Assert.Contains("Accounts shared with Fabrikam Partners (1): Fabrikam Inc.", english.Text, StringComparison.Ordinal);
        Assert.Contains("accept handoffs", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", english.Text, StringComparison.Ordinal);
        Assert.NotNull(english.Card);
        Assert.Contains("Mit Fabrikam Partners geteilte Kunden (1): Fabrikam Inc.", german.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeAsync_GuestInNoOrganisation_IsToldWhomToAsk()
    {
        var world = await TurnWorld.CreateAsync();
        await world.Settings.SaveAsync(world.TenantId, new CrmSettings([world.Megan.AsPerson()]));

        var welcome = await world.Conversation.WelcomeAsync(new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest), "en-US");

        Assert.Null(welcome.Card);
        Assert.Contains("ask Megan Bowen", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeAsync_Member_IsTheHelpCard()
    {
        var world = await TurnWorld.CreateAsync();

        var welcome = await world.Conversation.WelcomeAsync(world.Megan, "en-US");

        Assert.Equal(world.Conversation.Welcome(world.Megan, "en-US").Card!.ToJsonString(), welcome.Card!.ToJsonString());
        Assert.Null(welcome.Text);
    }
}
