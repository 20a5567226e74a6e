using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Conversation.Tests.Insights;

/// <summary>
/// "pipeline" and "forecast …" through the real conversation on Azurite (TurnWorld: Megan owns Contoso's Renewal 2027,
/// €48,000, and Fabrikam's Rollout, €12,500, both New at 40 %; Lukas owns nothing; Pat is a guest of Fabrikam Partners).
/// </summary>
public sealed class PipelineTurnTests
{
    [Fact]
    public async Task Pipeline_MemberInPersonalChat_OwnFiguresPerStageWithChartAltTextAndPageButton()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "my pipeline");

        var card = Assert.Single(outcome.Replies).Card!;
        var text = CardJson.AllText(card);
        Assert.Contains("Your pipeline", text, StringComparison.Ordinal);
        Assert.Contains("Figures as of 11/30/2026", text, StringComparison.Ordinal);
        Assert.Contains("2 deals · €60,500.00 · weighted €24,200.00", text, StringComparison.Ordinal);
        Assert.Contains("no deal closed yet", text, StringComparison.Ordinal);
        var image = Assert.Single(CardJson.OfType(card, "Image"));
        Assert.StartsWith($"https://crm.example/api/chat-insights/{world.TenantId}/{world.Megan.UserId}/pipeline?d=24200-36300~0-0~0-0~0-0", image["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Open pipeline by stage. EUR: €60,500.00 open, €24,200.00 weighted (New €60,500.00, Qualified €0.00, Proposal €0.00, Negotiation €0.00).", image["altText"]!.GetValue<string>());
        var open = Assert.Single(CardJson.OfType(card, "Action.OpenUrl"));
        Assert.Equal("https://teams.example/l/entity/app/my-crm?section=pipeline", open["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pipeline_German_CultureFormatsAndGermanWords()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "meine Pipeline", "de-DE");

        var card = Assert.Single(outcome.Replies).Card!;
        var text = CardJson.AllText(card);
        Assert.Contains("Deine Pipeline", text, StringComparison.Ordinal);
        Assert.Contains("2 Deals · 60.500,00 € · gewichtet 24.200,00 €", text, StringComparison.Ordinal);
        Assert.Contains("Gewinnquote, letzte 12 Monate", text, StringComparison.Ordinal);
        Assert.StartsWith("Offene Pipeline nach Phase. EUR: 60.500,00 € offen", Assert.Single(CardJson.OfType(card, "Image"))["altText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Insights öffnen", Assert.Single(CardJson.OfType(card, "Action.OpenUrl"))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pipeline_CurrenciesNeverAdded_OneChartRowEach()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, world.Mueller.Id, new DealInput("Presse", 10000m, "USD", Probability: 50)));

        var card = Assert.Single((await world.SayAsync(world.Megan, "pipeline")).Replies).Card!;

        Assert.Contains("3 deals · €60,500.00 + $10,000.00 · weighted €24,200.00 + $5,000.00", CardJson.AllText(card), StringComparison.Ordinal);
        var chart = world.InsightsLinks.Charts.Last().Chart;
        Assert.Equal(2, chart.Rows.Count);
        Assert.Equal(new ChartBar(24200, 36300), chart.Rows[0][0]);
        Assert.Equal(new ChartBar(5000, 5000), chart.Rows[1][0]);
    }

    [Fact]
    public async Task Pipeline_TeamAndMine_MemberWithoutDealsSeesTheTeamsButNotOwn()
    {
        var world = await TurnWorld.CreateAsync();

        var mineCard = Assert.Single((await world.SayAsync(world.Lukas, "my pipeline")).Replies).Card!;
        var mine = CardJson.AllText(mineCard);
        var team = CardJson.AllText(Assert.Single((await world.SayAsync(world.Lukas, "team pipeline")).Replies).Card!);

        Assert.Contains("There are no open deals.", mine, StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(mineCard, "Image"));
        Assert.Contains("Team pipeline", team, StringComparison.Ordinal);
        Assert.Contains("2 deals · €60,500.00", team, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pipeline")]
    [InlineData("team pipeline")]
    [InlineData("forecast this quarter")]
    public async Task Pipeline_GuestWithoutOwnSharedDeals_NothingForYouAndNoFigures(string question)
    {
        var world = await TurnWorld.CreateAsync();

        var reply = Assert.Single((await world.SayAsync(world.Pat, question)).Replies);

        Assert.Null(reply.Card);
        Assert.StartsWith("There are no pipeline figures for you here.", reply.Text, StringComparison.Ordinal);
        Assert.Empty(world.InsightsLinks.Charts);
    }

    [Fact]
    public async Task Pipeline_GuestOwningASharedDeal_OnlyThatDealNeverTheTenants()
    {
        var world = await TurnWorld.CreateAsync();
        var offered = TurnWorld.Ok(await world.Handoffs.HandOffAsync(world.Megan, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Pat, "your turn")));
        TurnWorld.Ok(await world.Handoffs.AcceptAsync(world.Pat, world.Fabrikam.Id, offered.Id));

        var own = Assert.Single((await world.SayAsync(world.Pat, "pipeline")).Replies).Card!;
        var team = Assert.Single((await world.SayAsync(world.Pat, "team pipeline")).Replies);

        var text = CardJson.AllText(own);
        Assert.Contains("1 deals · €12,500.00 · weighted €5,000.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("48,000", own.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("60,500", own.ToJsonString(), StringComparison.Ordinal);
        Assert.All(world.InsightsLinks.Charts, c => Assert.Equal(world.Pat.UserId, c.UserId));
        Assert.Equal(new ChartBar(5000, 7500), world.InsightsLinks.Charts.Single().Chart.Rows.Single()[0]);
        Assert.Null(team.Card);
        Assert.StartsWith("There are no pipeline figures for you here.", team.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConversationKind.GroupChat)]
    [InlineData(ConversationKind.Channel)]
    public async Task Pipeline_SharedConversation_PointerHereFiguresInTheAskersChat(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "pipeline", channelId: kind == ConversationKind.Channel ? "19:deal-room@thread.tacv2" : null, kind: kind);

        var posted = Assert.Single(outcome.Replies);
        Assert.True(posted.ForEveryone);
        Assert.Null(posted.Card);
        Assert.DoesNotContain("60,500", posted.Text, StringComparison.Ordinal);
        var privately = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, privately.UserId);
        Assert.Contains("€60,500.00", CardJson.AllText(privately.Message.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_ThisQuarter_MonthsWonPlusWeightedAndUnscheduled()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, world.Mueller.Id, new DealInput("Presse", 10000m, Probability: 50, ExpectedCloseDate: new DateOnly(2026, 12, 15))));

        var card = Assert.Single((await world.SayAsync(world.Megan, "forecast this quarter")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Forecast Q4 2026", text, StringComparison.Ordinal);
        Assert.Contains("December 2026", text, StringComparison.Ordinal);
        Assert.Contains("€0.00 won + €5,000.00 weighted = €5,000.00", text, StringComparison.Ordinal);
        Assert.Contains("Total: €0.00 won + €5,000.00 weighted = €5,000.00", text, StringComparison.Ordinal);
        Assert.Contains("Open deals without a close date (weighted): €24,200.00", text, StringComparison.Ordinal);
        var chart = world.InsightsLinks.Charts.Last().Chart;
        Assert.Equal("forecast", chart.Kind);
        Assert.Equal([new ChartBar(0, 0), new ChartBar(0, 0), new ChartBar(0, 5000)], chart.Rows.Single());
        Assert.Contains("€5,000.00 in total", Assert.Single(CardJson.OfType(card, "Image"))["altText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_GermanMonth_ThatMonthInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "Prognose für März", "de-DE")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Prognose März 2027", text, StringComparison.Ordinal);
        Assert.Contains("In diesem Zeitraum ist nichts gewonnen und kein Abschluss erwartet.", text, StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "Image"));
    }

    [Fact]
    public async Task Forecast_PeriodItCannotRead_SaysWhatItCanAndShowsNothing()
    {
        var world = await TurnWorld.CreateAsync();

        var reply = Assert.Single((await world.SayAsync(world.Megan, "forecast for *Contoso*")).Replies);

        Assert.Null(reply.Card);
        Assert.Contains("but not for \"\\*Contoso\\*\"", reply.Text, StringComparison.Ordinal);
        Assert.Empty(world.InsightsLinks.Charts);
    }
}
