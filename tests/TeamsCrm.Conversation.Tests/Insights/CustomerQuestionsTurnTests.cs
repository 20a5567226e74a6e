using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Conversation.Tests.Insights;

/// <summary>"who should I call today" and "which customers are at risk" through the real conversation on Azurite (TurnWorld).</summary>
public sealed class CustomerQuestionsTurnTests
{
    [Fact]
    public async Task CallList_Member_OwnOpenDealsWithReasonChannelAndChart()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "who should I call today")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Who to call today", text, StringComparison.Ordinal);
        // "1." at a line's start is escaped (it would start a markdown list): Teams shows "1.".
        Assert.Contains("1\\. Renewal 2027 · Contoso Ltd", text, StringComparison.Ordinal);
        Assert.Contains("2\\. Rollout · Fabrikam Inc", text, StringComparison.Ordinal);
        Assert.Contains("Renewal 2027 · New · €48,000.00 · ", text, StringComparison.Ordinal);
        Assert.Contains("Not enough history for a best channel", text, StringComparison.Ordinal);
        Assert.Contains("chance to win", text, StringComparison.Ordinal);
        var chart = world.InsightsLinks.Charts.Single().Chart;
        Assert.Equal("calls", chart.Kind);
        Assert.Equal(1000, chart.Rows.Single()[0].Solid);
        Assert.StartsWith("Call list with 2 people: 1. Renewal 2027, Contoso Ltd", Assert.Single(CardJson.OfType(card, "Image"))["altText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallList_German_GermanWordsAndNumbers()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "wen soll ich heute anrufen", "de-DE")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Wen du heute anrufen solltest", text, StringComparison.Ordinal);
        Assert.Contains("48.000,00 €", text, StringComparison.Ordinal);
        Assert.Contains("Zu wenig Verlauf für einen besten Kanal", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallList_MemberWithoutDeals_EmptyStateNoChart()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Assert.Single((await world.SayAsync(world.Lukas, "my call list")).Replies).Card!;

        Assert.Contains("No one needs a call from you today", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "Image"));
        Assert.DoesNotContain("Renewal 2027", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who should I call today")]
    [InlineData("which customers are at risk")]
    [InlineData("welche Kunden sind gefährdet")]
    public async Task CustomerQuestions_Guest_NothingForThemNoCard(string question)
    {
        var world = await TurnWorld.CreateAsync();

        var reply = Assert.Single((await world.SayAsync(world.Pat, question)).Replies);

        Assert.Null(reply.Card);
        Assert.True(
            reply.Text!.StartsWith("There is nothing for you here", StringComparison.Ordinal) || reply.Text.StartsWith("Hier gibt es nichts für dich", StringComparison.Ordinal),
            reply.Text);
        Assert.Empty(world.InsightsLinks.Charts);
    }

    [Fact]
    public async Task AtRisk_CustomerSilentPastItsRhythm_ListedWithEvidenceAndChart()
    {
        var world = await TurnWorld.CreateAsync();
        foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Won })
        {
            TurnWorld.Ok(await world.Deals.ChangeStageAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id, stage, null));
        }

        TurnWorld.Ok(await world.Interactions.LogAsync(world.Megan, world.Contoso.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, "Thanks for the order")));
        world.Time.Advance(TimeSpan.FromDays(90));

        var card = Assert.Single((await world.SayAsync(world.Lukas, "which customers are at risk")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Customers at risk", text, StringComparison.Ordinal);
        Assert.True(text.Contains("1\\. Contoso Ltd", StringComparison.Ordinal), text);
        Assert.Contains("Owner: Megan Bowen", text, StringComparison.Ordinal);
        Assert.Contains("no touch in 90 days", text, StringComparison.Ordinal);
        Assert.Contains("lifetime revenue", text, StringComparison.Ordinal);
        Assert.Equal(CardVerbs.ShowAccount, Assert.Single(CardJson.Executes(card))["verb"]!.GetValue<string>());
        var bar = world.InsightsLinks.Charts.Single().Chart.Rows.Single().Single();
        Assert.Equal(new ChartBar(60, 30), bar);
    }

    [Fact]
    public async Task AtRisk_NoCustomerAtRisk_EmptyState()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "gefährdete Kunden", "de-DE")).Replies).Card!;

        Assert.Contains("Gerade ist kein Kunde gefährdet oder kühlt ab.", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "Image"));
    }

    [Theory]
    [InlineData(ConversationKind.GroupChat, "who should I call today")]
    [InlineData(ConversationKind.Channel, "which customers are at risk")]
    public async Task CustomerQuestions_SharedConversation_PointerHereCardInTheAskersChat(ConversationKind kind, string question)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, question, channelId: kind == ConversationKind.Channel ? "19:deal-room@thread.tacv2" : null, kind: kind);

        var posted = Assert.Single(outcome.Replies);
        Assert.True(posted.ForEveryone);
        Assert.Null(posted.Card);
        var privately = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, privately.UserId);
        Assert.NotNull(privately.Message.Card);
    }
}
