namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Every card, every state, both languages, member and guest views, through the official Adaptive Cards library.</summary>
public sealed class CardValidationTests(CardValidationFixture fixture, ITestOutputHelper output) : IClassFixture<CardValidationFixture>
{
    private const int MaxBytes = 80 * 1024;
    private const int TeamsMessageBytes = 100 * 1024;

    [Fact]
    public void BuildAll_OfficialAdaptiveCardsLibrary_ReportsZeroEvents()
    {
        Assert.Equal(fixture.Cards.Count, fixture.Results.Count);
        var events = fixture.Results.Values.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {fixture.Results.Count} cards in {fixture.Folder} with adaptivecards 3.0.6 (v1.5): {events.Length} events; largest {fixture.Results.Values.Max(r => r.Bytes)} bytes.");
        foreach (var line in events)
        {
            output.WriteLine(line);
        }

        Assert.Empty(events);
    }

    [Fact]
    public void BuildAll_Catalogue_CoversBothLanguagesAndViews()
    {
        var names = fixture.Cards.Keys.ToArray();

        Assert.True(names.Length >= 100, $"Only {names.Length} cards.");
        Assert.Equal(names.Count(n => n.EndsWith(".en-US", StringComparison.Ordinal)), names.Count(n => n.EndsWith(".de-DE", StringComparison.Ordinal)));
        Assert.Contains("customer.guest.read.de-DE", names);
        Assert.Contains("customer.member.full.en-US", names);
    }

    [Fact]
    public void BuildAll_Version_Is15()
    {
        foreach (var (name, card) in fixture.Cards)
        {
            Assert.True(card["version"]?.GetValue<string>() == "1.5", $"{name} declares version {card["version"]}.");
        }
    }

    [Fact]
    public void BuildAll_TextBlocks_HaveText()
    {
        foreach (var (name, card) in fixture.Cards)
        {
            var blocks = Descendants(card).Where(o => o["type"]?.GetValue<string>() == "TextBlock").ToArray();
            Assert.NotEmpty(blocks);
            Assert.All(blocks, b => Assert.False(string.IsNullOrWhiteSpace(b["text"]?.GetValue<string>()), $"{name} has an empty TextBlock."));
        }
    }

    [Fact]
    public void BuildAll_SerializedUtf8_IsUnder80KB()
    {
        foreach (var (name, card) in fixture.Cards)
        {
            var bytes = Encoding.UTF8.GetByteCount(CardValidator.Serialize(card));
            Assert.True(bytes < MaxBytes, $"{name} is {bytes} bytes.");
        }

        output.WriteLine($"Largest customer card: {fixture.Results["customer.member.largest.de-DE"].Bytes} bytes.");
    }

    /// <summary>Teams counts a message's text as UTF-16 against its ~100 KB limit: even then every card fits.</summary>
    [Fact]
    public void BuildAll_SerializedUtf16_IsUnder100KB()
    {
        foreach (var (name, card) in fixture.Cards)
        {
            var bytes = Encoding.Unicode.GetByteCount(CardValidator.Serialize(card));
            Assert.True(bytes < TeamsMessageBytes, $"{name} is {bytes} bytes as UTF-16.");
        }
    }

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
