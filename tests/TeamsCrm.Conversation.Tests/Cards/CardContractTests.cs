namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Rules every card keeps: known verbs, Submit fallbacks, mentions that resolve, refresh limits.</summary>
public sealed class CardContractTests
{
    private static readonly (string Name, JsonObject Card)[] Cards = [.. CardCatalogue.All()];

    [Fact]
    public void BuildAll_EveryExecute_HasSubmitFallbackWithSameDataAndVerb()
    {
        foreach (var (name, card) in Cards)
        {
            foreach (var execute in CardJson.Executes(card).Where(e => e["title"] is not null))
            {
                var fallback = execute["fallback"] as JsonObject;
                Assert.True(fallback is not null, $"{name}: {execute["verb"]} has no fallback.");
                Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());
                var expected = (JsonObject)execute["data"]!.DeepClone();
                expected["verb"] = execute["verb"]!.GetValue<string>();
                Assert.True(JsonNode.DeepEquals(expected, fallback["data"]), $"{name}: fallback data of {execute["verb"]} differs.");
            }
        }
    }

    [Fact]
    public void BuildAll_EveryVerb_IsDocumented()
    {
        var docs = File.ReadAllText(Path.Combine(CardValidator.RepoRoot, "docs", "conversation-cards.md"));
        var used = Cards.SelectMany(c => CardJson.Objects(c.Card))
            .Select(o => o["verb"] ?? (o["type"]?.GetValue<string>() == "Action.Submit" ? o["data"]?["verb"] : null))
            .OfType<JsonNode>().Select(v => v.GetValue<string>()).ToHashSet();

        Assert.Subset(CardVerbs.All.ToHashSet(), used);
        Assert.All(CardVerbs.All, verb => Assert.Contains($"`{verb}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void BuildAll_EveryMentionTag_HasExactlyOneEntityAndViceVersa()
    {
        foreach (var (name, card) in Cards)
        {
            var tags = CardJson.MentionTags(card).ToHashSet();
            var entities = card["msteams"]?["entities"]?.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToArray() ?? [];

            Assert.Equal(entities.Length, entities.Distinct().Count());
            Assert.True(tags.SetEquals(entities), $"{name}: tags [{string.Join(", ", tags)}] vs entities [{string.Join(", ", entities)}].");
            Assert.All(card["msteams"]?["entities"]?.AsArray() ?? [], e =>
            {
                Assert.Equal("mention", e!["type"]!.GetValue<string>());
                Assert.False(string.IsNullOrWhiteSpace(e["mentioned"]!["id"]!.GetValue<string>()));
            });
        }
    }

    [Fact]
    public void BuildAll_InputIds_AreUniqueAndLabelled()
    {
        foreach (var (name, card) in Cards)
        {
            var inputs = CardJson.Objects(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true).ToArray();
            var ids = inputs.Select(i => i["id"]!.GetValue<string>()).ToArray();

            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace(i["label"]?.GetValue<string>()), $"{name}: {i["id"]} has no label."));
        }
    }

    [Fact]
    public void Build_MoreThan60RefreshIds_KeepsTheFirst60()
    {
        var ids = Enumerable.Range(0, 80).Select(i => $"29:user-{i}").Append("29:user-0").ToArray();
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, new CustomerCardOptions(RefreshUserIds: ids));
        var refresh = card["refresh"]!;

        Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.Refresh, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(CardSamples.AccountId, refresh["action"]!["data"]![CardFields.AccountId]!.GetValue<string>());
        Assert.Equal(ids.Take(60), refresh["userIds"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    [Fact]
    public void Build_NoRefreshIds_OmitsUserIdsSoTeamsRefreshesSmallChats()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English);

        Assert.Null(card["refresh"]!["userIds"]);
        Assert.NotNull(card["refresh"]!["action"]);
    }
}
