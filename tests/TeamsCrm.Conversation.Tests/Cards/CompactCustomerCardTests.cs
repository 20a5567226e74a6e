namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// The compact customer card: the essentials in a few lines, the long lists on the account tab ("N more … on the
/// account tab", opening the tab when there is a link), and well under Teams' 28 KB message limit.
/// </summary>
public sealed class CompactCustomerCardTests(ITestOutputHelper output)
{
    /// <summary>Teams refuses a bot message over 28 KB (the whole activity, card included): 4 KB are left for the rest.</summary>
    private const int CardBudget = 24 * 1024;

    private static readonly Uri Tab = CardCatalogue.FullOptions.AccountTabUrl!;

    [Fact]
    public void Build_Member_ShowsTheEssentials()
    {
        var text = CardJson.AllText(CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions));

        Assert.Contains("Mechanical engineering · Stuttgart · Germany", text, StringComparison.Ordinal);
        Assert.Contains(CardSamples.SecretSegment, text, StringComparison.Ordinal);
        Assert.Contains("Key contact: Anna Schmidt · Head of purchasing · ANNA@customer.example · +49 711 123456", text, StringComparison.Ordinal);
        Assert.Contains("More contacts on the account tab: 1", text, StringComparison.Ordinal);
        Assert.Contains("Open pipeline: 2 deals, €251,234.50", text, StringComparison.Ordinal);
        Assert.Contains("Proposal · €1,234.50 (73%) · expected close 5/31/2026", text, StringComparison.Ordinal);
        Assert.Matches(@"Last touch: Phone call \(To the customer\) on 3/1/2026 9:30\s?AM UTC, logged by Mia Member", text);
        Assert.Contains(CardSamples.InternalComment, text, StringComparison.Ordinal);
        Assert.Contains("Earlier comments are on the account tab.", text, StringComparison.Ordinal);
        Assert.Contains("Waiting for an answer: Mia Member handed “Retrofit line 3” to Anna Alpha", text, StringComparison.Ordinal);
        Assert.Contains("Shared with partners: OTHERORG-Beta Integrations Ltd, Alpha Reseller GmbH", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Member_LeavesTheLongListsToTheTab()
    {
        var text = CardJson.AllText(CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions));

        Assert.DoesNotContain(CardSamples.SharedComment, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.InternalDealComment, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bernd Becker", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.MemberHandoffNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Declined by", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No capacity this quarter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("This comment was deleted.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://mueller.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwentyDeals_ShowsTheThreeClosingFirstAndLinksTheRestToTheTab()
    {
        var card = CardCatalogue.CardFor(CardSamples.Member);
        var deals = Enumerable.Range(1, 20).Select(i => card.OpenDeals[0] with
        {
            Id = $"deal-{i:D2}",
            Title = $"Deal {i:D2}",
            Amount = i * 1000m,
            Currency = i % 5 == 0 ? "USD" : "EUR",
            ExpectedCloseDate = new DateOnly(2026, 6, 1).AddDays(i <= 2 ? 30 - i : i),
        }).ToArray();

        var built = CustomerCardBuilder.Build(card with { OpenDeals = deals }, CardContext.English, CardCatalogue.FullOptions);
        var titles = CardJson.OfType(built, "TextBlock").Select(b => b["text"]!.GetValue<string>()).Where(t => t.StartsWith("Deal ", StringComparison.Ordinal)).ToArray();
        var more = Assert.Single(CardJson.OfType(built, "Container"), c => c["selectAction"]?["title"]?.GetValue<string>() == "More open deals on the account tab: 17");

        Assert.Equal(["Deal 03", "Deal 04", "Deal 05"], titles);
        Assert.Contains("Open pipeline: 20 deals, €160,000.00 + $50,000.00", CardJson.AllText(built), StringComparison.Ordinal);
        Assert.Equal(Tab.AbsoluteUri, more["selectAction"]!["url"]!.GetValue<string>());
        Assert.Equal(3, CardJson.Executes(built).Where(e => e["verb"]!.GetValue<string>() == CardVerbs.ChangeDealStage).Select(e => e["data"]![CardFields.DealId]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public void Build_NoTabLink_MoreLinesLinkNothing()
    {
        var built = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions with { AccountTabUrl = null });

        Assert.Contains("Earlier comments are on the account tab.", CardJson.AllText(built), StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(built, "Action.OpenUrl"));
        Assert.DoesNotContain(CardJson.Objects(built), o => o.ContainsKey("selectAction"));
    }

    [Fact]
    public void Build_FiftyCommentsAtTheirLimit_ShowsOneLineAndStaysSmall()
    {
        var card = CardCatalogue.CardFor(CardSamples.Member);
        var comments = Enumerable.Range(1, 50).Select(i =>
            CardSamples.NewComment($"k{i}", null, CommentVisibility.Shared, $"C{i:D2}-" + new string('c', FieldLimits.CommentText - 4), [CardSamples.OtherMember.AsPerson()])).ToArray();

        var built = CustomerCardBuilder.Build(card with { LatestComments = comments }, CardContext.German, CardCatalogue.FullOptions);
        var json = CardValidator.Serialize(built);

        Assert.Contains("C01-", json, StringComparison.Ordinal);
        Assert.DoesNotContain("C02-", json, StringComparison.Ordinal);
        Assert.Contains("Frühere Kommentare finden Sie im Kunden-Tab.", CardJson.AllText(built), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 12 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes.");
    }

    [Fact]
    public void Build_LargestCard_StaysUnderTeamsMessageLimit()
    {
        foreach (var context in CardCatalogue.Languages)
        {
            var built = CustomerCardBuilder.Build(CardCatalogue.LargestCard(), context, CardCatalogue.FullOptions with
            {
                RefreshUserIds = [.. Enumerable.Range(0, 80).Select(i => $"29:user-{i:D3}-{new string('x', 60)}")],
            });
            var bytes = Encoding.UTF8.GetByteCount(CardValidator.Serialize(built));
            output.WriteLine($"Largest customer card, {context.Culture.Name}: {bytes} bytes UTF-8.");

            Assert.True(bytes < CardBudget, $"{context.Culture.Name}: {bytes} bytes.");
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public void Build_Guest_CompactAndRedacted(string locale)
    {
        var built = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.GuestA, null, ShareLevel.Edit), CardContext.ForLocale(locale), CardCatalogue.FullOptions);
        var json = CardValidator.Serialize(built);

        Assert.Contains(CardSamples.GuestA.DisplayName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.InternalComment, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.InteractionSummary, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.OtherOrgName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.PartnerAName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.SecretSegment, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.HiddenDealTitle, json, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "en-US" ? "250,000" : "250.000", json, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "en-US" ? "Last touch" : "Letzter Kontakt", json, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "Open pipeline: 1 deal, €1,234.50" : "Offene Pipeline: 1 Deal, 1.234,50 €", CardJson.AllText(built), StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(built, "Action.OpenUrl"), a => a["url"]!.GetValue<string>() == Tab.AbsoluteUri);
    }
}
