namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Messages end to end: recognizer → resolver → Core on Azurite → reply cards in the viewer's language.</summary>
public sealed class MessageTurnTests
{
    [Fact]
    public async Task ShowAccount_English_RepliesWithTheCustomerCardInEnglish()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "show contso");

        var card = Single(outcome);
        Assert.Contains("Contoso Ltd", card);
        Assert.Contains("Account owner", card);
        Assert.Contains("Renewal 2027", card);
        Assert.Empty(outcome.Notifications);
    }

    [Fact]
    public async Task ShowAccount_German_RepliesWithTheCustomerCardInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "zeig mir mueller maschinenbau", "de-DE");

        var card = Single(outcome);
        Assert.Contains("Müller Maschinenbau", card);
        Assert.Contains("Betreut von", card);
        Assert.DoesNotContain("Account owner", card);
    }

    [Fact]
    public async Task ShowAccount_NoLocale_UsesTheLanguageTheMessageWasWrittenIn()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "zeig mir bitte Contoso", locale: null);

        Assert.Contains("Betreut von", Single(outcome));
    }

    [Fact]
    public async Task ShowAccount_SeveralMatches_RepliesWithAChoice()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, "show fabrikam"));

        Assert.Contains("Fabrikam Inc", card);
        Assert.Contains("Fabrikam Partners Ltd", card);
        Assert.Contains(CardVerbs.ShowAccount, card);
        Assert.DoesNotContain("Account owner", card);
    }

    [Fact]
    public async Task ShowAccount_NoMatch_SaysSoWithoutACustomerCard()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, "show Zyxwvut Quantum"));

        Assert.Contains("Zyxwvut Quantum", card);
        Assert.DoesNotContain("Account owner", card);
        Assert.Contains("create the account with “new lead”", card);
    }

    /// <summary>A guest may not create accounts (AccessPolicy.CanCreateAccounts): the answer does not send them to "new lead".</summary>
    [Theory]
    [InlineData("en-US", "Check the spelling.", "new lead")]
    [InlineData("de-DE", "Prüfen Sie die Schreibweise.", "neuer Lead")]
    public async Task ShowAccount_NoMatchForAGuest_NoHintToCreateTheAccount(string locale, string hint, string createCommand)
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Pat, locale == "de-DE" ? "zeig Zyxwvut Quantum" : "show Zyxwvut Quantum", locale));

        Assert.Contains("Zyxwvut Quantum", card);
        Assert.Contains(hint, card);
        Assert.DoesNotContain(createCommand, card);
    }

    [Fact]
    public async Task ShowAccount_InAChannel_PostsTheShellSoNoViewersDataIsShared()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, "show Contoso", channelId: "19:channel@thread.tacv2"));

        Assert.Contains("Contoso Ltd", card);
        Assert.Contains(CardVerbs.Refresh, card);
        Assert.DoesNotContain("Renewal 2027", card);
    }

    [Fact]
    public async Task ShowAccount_OtherTenantsAccount_IsNeverFound()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.OtherTenant, "show Fabrikam Inc"));

        Assert.DoesNotContain("Rollout", card);
        Assert.DoesNotContain(world.Fabrikam.Id, card);
    }

    [Fact]
    public async Task MyLists_ShowMyDealsHandoffsAndTasks()
    {
        var world = await TurnWorld.CreateAsync();

        var deals = Single(await world.SayAsync(world.Megan, "my deals"));
        var handoffs = Single(await world.SayAsync(world.Lukas, "meine Übergaben", "de-DE"));
        var tasks = Single(await world.SayAsync(world.Lukas, "my tasks"));

        Assert.Contains("Renewal 2027", deals);
        Assert.Contains("Rollout", deals);
        Assert.Contains("Übergaben", handoffs);
        Assert.DoesNotContain("Renewal 2027", tasks);
    }

    [Fact]
    public async Task MyDeals_InAChannel_GoPrivatelyToTheCaller()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "meine Deals", "de-DE", channelId: "19:c@thread.tacv2");

        var reply = Assert.Single(outcome.Replies);
        Assert.Null(reply.Card);
        Assert.Contains("1:1", reply.Text);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, note.UserId);
        Assert.Contains("Renewal 2027", note.Message.Card!.ToJsonString());
    }

    [Fact]
    public async Task MyHandoffs_ListsAPendingHandoffWithItsDealTitle()
    {
        var world = await TurnWorld.CreateAsync();
        await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please take over", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        var card = Single(await world.SayAsync(world.Lukas, "handoffs waiting for me"));

        Assert.Contains("Renewal 2027", card);
        Assert.Contains(CardVerbs.AcceptHandoff, card);
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("hilfe", "de-DE")]
    public async Task Help_RepliesWithTheHelpCard(string text, string locale)
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, text, locale));

        Assert.Contains(CardVerbs.ShowMyDeals, card);
    }

    [Theory]
    [InlineData("tell me a joke")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task UnknownOrEmpty_AnswersWithTextAndTheHelpCard(string text)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, text);

        var reply = Assert.Single(outcome.Replies);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.NotNull(reply.Card);
        Assert.Empty(outcome.Notifications);
    }

    [Fact]
    public async Task UnknownInGerman_AnswersInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "erzähl mir einen Witz", "de-DE");

        Assert.Contains("nicht verstanden", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task TenThousandCharacters_AreAnsweredQuicklyAndChangeNothing()
    {
        var world = await TurnWorld.CreateAsync();
        var huge = string.Concat(Enumerable.Repeat("blah ", 2000));
        var before = (await world.Comments.ListAsync(world.Megan, world.Contoso.Id)).Value!.Count;

        var watch = Stopwatch.StartNew();
        var outcome = await world.SayAsync(world.Megan, huge);
        var comment = await world.SayAsync(world.Megan, "comment on Contoso: " + huge + huge);
        watch.Stop();

        Assert.Single(outcome.Replies);
        Assert.Single(comment.Replies);
        Assert.Null(comment.Replies[0].Text);
        Assert.Contains("8,000", comment.Replies[0].Card!.ToJsonString());
        Assert.Equal(before, (await world.Comments.ListAsync(world.Megan, world.Contoso.Id)).Value!.Count);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Welcome_IsTheHelpCardInTheViewersLanguage()
    {
        var world = await TurnWorld.CreateAsync();

        var english = world.Conversation.Welcome(world.Megan, "en-US");
        var german = world.Conversation.Welcome(world.Pat, "de-DE");

        Assert.NotNull(english.Card);
        Assert.NotNull(german.Card);
        Assert.NotEqual(english.Card!.ToJsonString(), german.Card!.ToJsonString());
    }

    [Fact]
    public async Task LinkChannel_InPersonalChat_SaysItWorksOnlyInAChannel()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "link this channel to Contoso");

        Assert.Contains("channel", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task LinkChannel_ThenSummary_AnswersForTheLinkedAccount()
    {
        var world = await TurnWorld.CreateAsync();
        const string Channel = "19:sales@thread.tacv2";

        var unlinked = await world.SayAsync(world.Megan, "summary", channelId: Channel);
        var linked = await world.SayAsync(world.Megan, "link this channel to Contoso", channelId: Channel);
        var summary = await world.SayAsync(world.Lukas, "summary", channelId: Channel);

        Assert.Contains("link this channel to", Assert.Single(unlinked.Replies).Text);
        Assert.Contains("Contoso Ltd", Assert.Single(linked.Replies).Text);
        var card = Single(summary);
        Assert.Contains("Contoso Ltd", card);
        Assert.Contains(world.Contoso.Id, card);
    }

    [Fact]
    public async Task LogInteraction_ByText_IsSavedOnTheAccount()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "log call with Contoso: discussed the renewal terms");

        Assert.Contains("Contoso Ltd", Assert.Single(outcome.Replies).Text);
        var card = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id));
        Assert.Contains(card.RecentInteractions, i => i.Summary == "discussed the renewal terms");
    }

    [Fact]
    public async Task CreateLead_ByText_OffersTheDialog()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Single(await world.SayAsync(world.Megan, "neuer Lead", "de-DE"));

        Assert.Contains("task/fetch", card);
        Assert.Contains("Lead", card);
    }

    internal static string Single(TurnOutcome outcome)
    {
        var reply = Assert.Single(outcome.Replies);
        Assert.NotNull(reply.Card);
        Assert.Equal("1.5", reply.Card!["version"]!.GetValue<string>());
        return reply.Card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
