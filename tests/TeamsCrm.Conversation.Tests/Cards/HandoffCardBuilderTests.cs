namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class HandoffCardBuilderTests
{
    [Fact]
    public void ForRecipient_Pending_OffersAcceptAndDeclineWithRequiredReason()
    {
        var card = HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, CardContext.English);
        var verbs = CardJson.Executes(card).Where(e => e["title"] is not null).Select(e => e["verb"]!.GetValue<string>()).ToArray();
        var reason = Assert.Single(CardJson.OfType(card, "Input.Text"));

        Assert.Equal([CardVerbs.AcceptHandoff, CardVerbs.DeclineHandoff], verbs);
        Assert.Equal(CardFields.DeclineReason, reason["id"]!.GetValue<string>());
        Assert.True(reason["isRequired"]!.GetValue<bool>());
        Assert.All(CardJson.Executes(card), e => Assert.Equal("h9", e["data"]![CardFields.HandoffId]!.GetValue<string>()));
        Assert.Contains("They asked for a German speaker.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HandoffStatus.Accepted, "Accepted by Max Müller on")]
    [InlineData(HandoffStatus.Declined, "Reason: No capacity this quarter")]
    [InlineData(HandoffStatus.Cancelled, "Cancelled by Mia Member on")]
    [InlineData(HandoffStatus.Expired, "Expired without an answer on")]
    public void ForRecipientAndSender_Answered_ShowStateWithoutButtons(HandoffStatus status, string expected)
    {
        foreach (var card in new[]
        {
            HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(status), CardCatalogue.Subject, CardContext.English),
            HandoffCardBuilder.ForSender(CardCatalogue.HandoffIn(status), CardCatalogue.Subject, CardContext.English),
        })
        {
            Assert.Contains(expected, CardJson.AllText(card), StringComparison.Ordinal);
            Assert.Empty(CardJson.OfType(card, "ActionSet"));
            Assert.Equal(CardVerbs.RefreshHandoff, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        }
    }

    [Fact]
    public void ForSender_Pending_SaysWaitingAndOffersCancel()
    {
        var card = HandoffCardBuilder.ForSender(CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, CardContext.German);
        var verbs = CardJson.Executes(card).Where(e => e["title"] is not null).Select(e => e["verb"]!.GetValue<string>());

        Assert.Equal([CardVerbs.CancelHandoff], verbs);
        Assert.Contains("Wartet auf die Antwort von Max Müller", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HandoffParty.Recipient, CardVerbs.AcceptHandoff, "is still waiting for your answer")]
    [InlineData(HandoffParty.Sender, CardVerbs.CancelHandoff, "has not yet answered")]
    public void Reminder_Overdue_AddressesEachParty(HandoffParty party, string verb, string expected)
    {
        var card = HandoffCardBuilder.Reminder(CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, party, CardContext.English);

        Assert.Contains(expected, CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains(CardJson.Executes(card), e => e["verb"]!.GetValue<string>() == verb);
    }

    [Theory]
    [InlineData(HandoffStatus.Accepted, "en-US", "Handoff accepted", "<at>Max Müller</at> accepted your handoff of the deal “Retrofit line 3” at Müller Maschinenbau GmbH")]
    [InlineData(HandoffStatus.Declined, "en-US", "Handoff declined", "<at>Max Müller</at> declined your handoff of the deal “Retrofit line 3” at Müller Maschinenbau GmbH; the deal stays with you. Reason: No capacity this quarter")]
    [InlineData(HandoffStatus.Cancelled, "en-US", "Handoff withdrawn", "<at>Mia Member</at> withdrew the handoff of the deal “Retrofit line 3”")]
    [InlineData(HandoffStatus.Accepted, "de-DE", "Übergabe angenommen", "<at>Max Müller</at> hat Ihre Übergabe des Deals „Retrofit line 3“ bei Müller Maschinenbau GmbH angenommen")]
    [InlineData(HandoffStatus.Declined, "de-DE", "Übergabe abgelehnt", "Begründung: No capacity this quarter")]
    [InlineData(HandoffStatus.Cancelled, "de-DE", "Übergabe zurückgezogen", "<at>Mia Member</at> hat die Übergabe des Deals „Retrofit line 3“ bei Müller Maschinenbau GmbH zurückgezogen")]
    public void Answered_TellsTheOutcomeTheDealAndTheReason_WithoutButtons(HandoffStatus status, string locale, string title, string expected)
    {
        var handoff = CardCatalogue.HandoffIn(status);

        var card = HandoffCardBuilder.Answered(handoff, CardCatalogue.Subject, CardContext.ForLocale(locale));

        var text = CardJson.AllText(card);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "ActionSet"));
        Assert.Null(card["refresh"]);
        var answerer = status == HandoffStatus.Cancelled ? handoff.From : handoff.To;
        Assert.Equal(answerer.UserId, Assert.Single(card["msteams"]!["entities"]!.AsArray())!["mentioned"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(HandoffStatus.Pending)]
    [InlineData(HandoffStatus.Expired)]
    public void Answered_NotAnAnswer_Throws(HandoffStatus status)
    {
        Assert.Throws<ArgumentException>(() => HandoffCardBuilder.Answered(CardCatalogue.HandoffIn(status), CardCatalogue.Subject, CardContext.English));
    }

    [Theory]
    [InlineData(HandoffParty.Sender, CardVerbs.CancelHandoff)]
    [InlineData(HandoffParty.Recipient, CardVerbs.AcceptHandoff)]
    public void For_Party_BuildsThatSidesCard(HandoffParty party, string verb)
    {
        var card = HandoffCardBuilder.For(party, CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, CardContext.English);

        Assert.Contains(CardJson.Executes(card), e => e["verb"]!.GetValue<string>() == verb);
    }

    [Fact]
    public void ForRecipient_Subject_NeverCarriesInternalDealFields()
    {
        var json = CardValidator.Serialize(HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, CardContext.English));

        Assert.DoesNotContain(CardSamples.DealSource, json, StringComparison.Ordinal);
        Assert.DoesNotContain("73", json, StringComparison.Ordinal);
    }
}
