using TeamsCrm.Analytics.Statistics;
using TeamsCrm.Conversation.Insights;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Conversation.Tests.Insights;

/// <summary>
/// "who buys Sensor Pro", "welche Kunden interessieren sich für Sensor Pro" and "product insights" through the real
/// conversation on Azurite (TurnWorld): ten manufacturers and one of two retailers with an open Sensor Pro deal, beside
/// the world's four accounts (industry Testing, no products) — so Manufacturing is 10 of 10 against a base of 11 of 16,
/// Retail (2) and Testing (4) too few. Cards validated by the official Adaptive Cards library.
/// </summary>
public sealed class MiningTurnTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WhoBuys_Product_TopSegmentsWithCountsIntervalsTooFewAndChart()
    {
        var world = await SeededAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "who buys Sensor Pro?")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Who looks at Sensor Pro", text, StringComparison.Ordinal);
        Assert.Contains("11 of 16 accounts looked at it (69%); 0 of its 0 closed deals were won.", text, StringComparison.Ordinal);
        Assert.Contains("Industry Manufacturing: 10 of 10 accounts, 100% (95 % interval 72%–100%), base 69%, lift 1.5", text, StringComparison.Ordinal);
        Assert.Contains("Industry Retail: 1 of 2 accounts, too few (2)", text, StringComparison.Ordinal);
        Assert.Contains("Industry Testing: 0 of 4 accounts, too few (4)", text, StringComparison.Ordinal);
        Assert.Contains("No closed deal with it", text, StringComparison.Ordinal);
        var chart = world.InsightsLinks.Charts.Single().Chart;
        Assert.Equal("mining", chart.Kind);
        var interval = WilsonInterval.Of(10, 10)!;
        Assert.Equal(ChartBar.Of((decimal)(interval.Lower * 1000), (decimal)((interval.Upper - interval.Lower) * 1000)), chart.Rows.Single()[0]);
        Assert.StartsWith("Interest by segment: Sensor Pro, Industry Manufacturing: 10 of 10 accounts", Assert.Single(CardJson.OfType(card, "Image"))["altText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcheKunden_German_GermanWordsAndNumbers()
    {
        var world = await SeededAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "welche Kunden interessieren sich für Sensor Pro", "de-DE")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Wer sich Sensor Pro ansieht", text, StringComparison.Ordinal);
        Assert.Contains("Branche Manufacturing: 10 von 10 Kunden, 100 % (95-%-Intervall 72 %–100 %), Basis 69 %, Lift 1,5", text, StringComparison.Ordinal);
        Assert.Contains("Branche Retail: 1 von 2 Kunden, zu wenige (2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductInsights_EveryProduct_EachWithItsBestSegment()
    {
        var world = await SeededAsync();

        var card = Assert.Single((await world.SayAsync(world.Megan, "product insights")).Replies).Card!;

        var text = CardJson.AllText(card);
        Assert.Contains("Products and segments", text, StringComparison.Ordinal);
        Assert.Contains("Most interested: Industry Manufacturing: 10 of 10 accounts", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Valve", text, StringComparison.Ordinal); // in the catalog, but nobody looked at it
    }

    [Fact]
    public async Task WhoBuys_UnknownProduct_SaysSoAndNamesTheProductsWithData()
    {
        var world = await SeededAsync();

        var reply = Assert.Single((await world.SayAsync(world.Megan, "who buys Flux Capacitor")).Replies);

        Assert.Null(reply.Card);
        Assert.Equal("I don't know a product called “Flux Capacitor”. Products with data: Sensor Pro.", reply.Text);
    }

    [Theory]
    [InlineData("who buys Sensor Pro")]
    [InlineData("welche Kunden interessieren sich für Sensor Pro")]
    public async Task WhoBuys_Guest_NothingForThemNoCard(string question)
    {
        var world = await SeededAsync();

        var reply = Assert.Single((await world.SayAsync(world.Pat, question)).Replies);

        Assert.Null(reply.Card);
        Assert.True(
            reply.Text!.StartsWith("There is nothing for you here", StringComparison.Ordinal) || reply.Text.StartsWith("Hier gibt es nichts für dich", StringComparison.Ordinal),
            reply.Text);
        Assert.DoesNotContain("Manufacturing", reply.Text, StringComparison.Ordinal);
        Assert.Empty(world.InsightsLinks.Charts);
    }

    [Fact]
    public async Task WhoBuys_Channel_PointerHereCardInTheAskersChat()
    {
        var world = await SeededAsync();

        var outcome = await world.SayAsync(world.Megan, "who buys Sensor Pro", channelId: "19:deal-room@thread.tacv2");

        var posted = Assert.Single(outcome.Replies);
        Assert.True(posted.ForEveryone);
        Assert.Null(posted.Card);
        Assert.DoesNotContain("Manufacturing", posted.Text, StringComparison.Ordinal);
        var privately = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, privately.UserId);
        Assert.Contains("Industry Manufacturing: 10 of 10 accounts", CardJson.AllText(privately.Message.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MiningCards_EnglishAndGerman_PassTheOfficialValidator()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            var world = await SeededAsync();
            cards[$"mining-product.{locale}"] = Assert.Single((await world.SayAsync(world.Megan, "who buys Sensor Pro", locale)).Replies).Card!;
            cards[$"mining-all.{locale}"] = Assert.Single((await world.SayAsync(world.Megan, "product insights", locale)).Replies).Card!;
            var empty = await TurnWorld.CreateAsync();
            cards[$"mining-empty.{locale}"] = Assert.Single((await empty.SayAsync(empty.Megan, "product insights", locale)).Replies).Card!;
        }

        var folder = CardValidator.NewFolder("mining");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name, card);
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {results.Count} mining cards in {folder}: {events.Length} events.");
        Assert.Equal(6, results.Count);
        Assert.Empty(events);
        Assert.Contains("No one has looked at a product yet", CardJson.AllText(cards["mining-empty.en-US"]), StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(cards["mining-empty.en-US"], "Image"));
    }

    /// <summary>The world, Sensor Pro and Valve in its catalog, ten Manufacturing accounts and one of two Retail accounts with an open Sensor Pro deal.</summary>
    private static async Task<TurnWorld> SeededAsync()
    {
        var world = await TurnWorld.CreateAsync();
        var admin = world.Megan with { IsCrmAdmin = true };
        var sensor = TurnWorld.Ok(await world.Products.CreateAsync(admin, new ProductInput("Sensor Pro", "Sensors", 1200m)));
        TurnWorld.Ok(await world.Products.CreateAsync(admin, new ProductInput("Valve", "Valves", 90m)));
        for (var i = 0; i < 12; i++)
        {
            world.Tick();
            var account = TurnWorld.Ok(await world.Accounts.CreateAsync(world.Megan, new AccountInput($"Mining {i}", Industry: i < 10 ? "Manufacturing" : "Retail"), allowSimilarName: true));
            if (i < 11)
            {
                TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, account.Id, new DealInput("Sensors", 2400m, LineItems: [new DealLineItem(sensor.Id, 2m, 1200m)])));
            }
        }

        return world;
    }
}
