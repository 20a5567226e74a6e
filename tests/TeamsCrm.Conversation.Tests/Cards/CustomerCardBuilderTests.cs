namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class CustomerCardBuilderTests
{
    private static JsonObject MemberCard(CustomerCardOptions? options = null) =>
        CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, options ?? CardCatalogue.FullOptions);

    [Fact]
    public void Build_Member_OffersEveryAction()
    {
        var card = MemberCard();
        var verbs = CardJson.Executes(card).Select(e => e["verb"]!.GetValue<string>()).ToHashSet();

        Assert.Superset(new HashSet<string> { CardVerbs.Refresh, CardVerbs.AddComment, CardVerbs.StartHandoff, CardVerbs.LogInteraction, CardVerbs.ChangeDealStage }, verbs);
        Assert.Contains(CardJson.OfType(card, "Action.OpenUrl"), a => a["url"]!.GetValue<string>().StartsWith("https://teams.microsoft.com/l/entity/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Member_StageButtonsAreTheAllowedStagesWithDealVersion()
    {
        var stages = CardJson.Executes(MemberCard()).Where(e => e["verb"]!.GetValue<string>() == CardVerbs.ChangeDealStage)
            .Select(e => e["data"]!).Where(d => d[CardFields.DealId]!.GetValue<string>() == "d1").ToArray();

        Assert.Equal(["Qualified", "Negotiation", "Won", "Lost"], stages.Select(d => d[CardFields.Stage]!.GetValue<string>()));
        Assert.All(stages, d => Assert.Equal("W/\"d1-v3\"", d[CardFields.DealVersion]!.GetValue<string>()));
        Assert.All(stages, d => Assert.Equal(CardSamples.AccountId, d[CardFields.AccountId]!.GetValue<string>()));
    }

    [Fact]
    public void Build_Member_HandoffFormCarriesDealVersionsAndPeoplePicker()
    {
        var card = MemberCard();
        var start = Assert.Single(CardJson.Executes(card), e => e["verb"]!.GetValue<string>() == CardVerbs.StartHandoff);
        var picker = Assert.Single(CardJson.OfType(card, "Input.ChoiceSet"), c => c["id"]!.GetValue<string>() == CardFields.HandoffRecipientId);

        Assert.Equal("W/\"d2-v3\"", start["data"]![CardFields.DealVersions]!["d2"]!.GetValue<string>());
        Assert.Equal("filtered", picker["style"]!.GetValue<string>());
        Assert.True(picker["isRequired"]!.GetValue<bool>());
        Assert.Contains(CardJson.OfType(card, "Input.Date"), d => d["id"]!.GetValue<string>() == CardFields.HandoffDueDate && d["min"]!.GetValue<string>() == "2026-03-02");
    }

    [Fact]
    public void Build_NoCandidates_AsksForTheRecipientByName()
    {
        var card = MemberCard(CustomerCardOptions.None);

        Assert.Contains(CardJson.OfType(card, "Input.Text"), i => i["id"]!.GetValue<string>() == CardFields.HandoffRecipientName);
        Assert.DoesNotContain(CardJson.OfType(card, "Input.ChoiceSet"), c => c["id"]!.GetValue<string>() == CardFields.HandoffRecipientId);
    }

    [Fact]
    public void Build_Member_CommentFormOffersInternalByDefaultAndShared()
    {
        var choice = Assert.Single(CardJson.OfType(MemberCard(), "Input.ChoiceSet"), c => c["id"]!.GetValue<string>() == CardFields.CommentVisibility);

        Assert.Equal("Internal", choice["value"]!.GetValue<string>());
        Assert.Equal(["Internal", "Shared"], choice["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Build_Member_MentionsTheOwner()
    {
        var entities = MemberCard()["msteams"]!["entities"]!.AsArray();

        var owner = Assert.Single(entities);
        Assert.Equal("member-1", owner!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal("<at>Mia Member</at>", owner["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_LatestCommentShared_MarksItForMembers()
    {
        var card = CardCatalogue.CardFor(CardSamples.Member);
        var shared = card with { LatestComments = [.. card.LatestComments.Where(c => c.Visibility == Core.Comments.CommentVisibility.Shared)] };

        var blocks = CardJson.OfType(CustomerCardBuilder.Build(shared, CardContext.English), "TextBlock").Select(b => b["text"]!.GetValue<string>());

        Assert.Contains("Shared with partners", blocks);
    }

    [Fact]
    public void Build_GuestWithDealEdit_CanMoveOnlyTheSharedDeal()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.GuestA, null, ShareLevel.Edit), CardContext.English);
        var deals = CardJson.Executes(card).Where(e => e["verb"]!.GetValue<string>() == CardVerbs.ChangeDealStage)
            .Select(e => e["data"]![CardFields.DealId]!.GetValue<string>()).Distinct();

        Assert.Equal(["d1"], deals);
        Assert.Contains("Shared with your organisation", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TypedAtTags_NeverBecomeMentions()
    {
        var card = CardCatalogue.CardFor(CardSamples.Member);
        var typed = card with
        {
            OpenDeals = [card.OpenDeals[0] with { Title = "Deal for <at>Eve Evil</at>" }],
            LatestComments = [CardSamples.NewComment("k1", null, Core.Comments.CommentVisibility.Internal, "Hi <AT>Max Müller</AT> and <at>Eve</at>", [])],
        };

        var built = CustomerCardBuilder.Build(typed, CardContext.English);
        var tags = CardJson.MentionTags(built).ToArray();

        Assert.DoesNotContain("<at>Eve Evil</at>", tags);
        Assert.DoesNotContain(tags, t => t.Contains("Eve", StringComparison.Ordinal) || t.Contains("Max", StringComparison.Ordinal));
        Assert.Contains("‹at›Eve Evil‹/at›", CardJson.AllText(built), StringComparison.Ordinal);
        Assert.Contains("<at>Mia Member</at>", tags);
    }

    [Fact]
    public void ToInvokeResponse_Card_UsesTheTypeTeamsAccepts()
    {
        var card = CustomerCardBuilder.BuildShell(CardSamples.AccountId, "Contoso", CardContext.English);
        var response = CardContent.ToInvokeResponse(card);

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", CardContent.ToAttachment(card)["contentType"]!.GetValue<string>());
    }

    [Fact]
    public void BuildShell_Always_CarriesOnlyNameAndRefresh()
    {
        var card = CustomerCardBuilder.BuildShell(CardSamples.AccountId, "Müller Maschinenbau GmbH", CardContext.German, ["29:a"]);
        var json = CardValidator.Serialize(card);

        Assert.Equal(CardVerbs.Refresh, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.DoesNotContain("Stuttgart", json, StringComparison.Ordinal);
        Assert.Contains("Kundenkarte anzeigen", CardJson.AllText(card), StringComparison.Ordinal);
    }
}
