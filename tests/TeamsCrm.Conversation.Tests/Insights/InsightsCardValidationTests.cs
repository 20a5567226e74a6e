namespace TeamsCrm.Conversation.Tests.Insights;

/// <summary>
/// The insights cards with content in every part (two currencies, a customer at risk, a guest's own pipeline, the call
/// list), in English and German, validated by the official Adaptive Cards library (tools/cards/validate-cards.mjs); the
/// empty states are in <see cref="Turns.TurnCardValidationTests"/>.
/// </summary>
public sealed class InsightsCardValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task InsightsCards_FullAndPerRole_PassTheOfficialValidator()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            var world = await TurnWorld.CreateAsync();
            TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, world.Mueller.Id, new DealInput("Presse", 10000m, "USD", Probability: 50, ExpectedCloseDate: new DateOnly(2026, 12, 15))));
            void Add(string name, TurnOutcome outcome) => cards[$"{name}.{locale}"] = Assert.Single(outcome.Replies).Card!;

            Add("pipeline-two-currencies", await world.SayAsync(world.Megan, "pipeline", locale));
            Add("forecast-two-currencies", await world.SayAsync(world.Megan, "forecast this year", locale));
            Add("calls", await world.SayAsync(world.Megan, "who should I call today", locale));
            var offered = TurnWorld.Ok(await world.Handoffs.HandOffAsync(world.Megan, new HandoffRequest(world.Fabrikam.Id, world.FabrikamRollout.Id, world.Pat, "your turn")));
            TurnWorld.Ok(await world.Handoffs.AcceptAsync(world.Pat, world.Fabrikam.Id, offered.Id));
            Add("pipeline-guest", await world.SayAsync(world.Pat, "pipeline", locale));
            foreach (var stage in new[] { DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Won })
            {
                TurnWorld.Ok(await world.Deals.ChangeStageAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id, stage, null));
            }

            TurnWorld.Ok(await world.Interactions.LogAsync(world.Megan, world.Contoso.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, "Thanks")));
            world.Time.Advance(TimeSpan.FromDays(90));
            Add("risk", await world.SayAsync(world.Megan, "which customers are at risk", locale));
        }

        var folder = CardValidator.NewFolder("insights");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name, card);
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {results.Count} insights cards in {folder}: {events.Length} events.");
        Assert.Equal(10, results.Count);
        Assert.Empty(events);
        Assert.All(cards, pair => Assert.Single(CardJson.OfType(pair.Value, "Image")));
        Assert.All(cards, pair => Assert.False(string.IsNullOrWhiteSpace(CardJson.OfType(pair.Value, "Image").Single()["altText"]!.GetValue<string>()), pair.Key));
    }
}
