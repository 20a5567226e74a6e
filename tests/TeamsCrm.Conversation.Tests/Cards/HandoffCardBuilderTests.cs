using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Handoffs;

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

    [Fact]
    public void ForRecipient_Subject_NeverCarriesInternalDealFields()
    {
        var json = CardValidator.Serialize(HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(HandoffStatus.Pending), CardCatalogue.Subject, CardContext.English));

        Assert.DoesNotContain(CardSamples.DealSource, json, StringComparison.Ordinal);
        Assert.DoesNotContain("73", json, StringComparison.Ordinal);
    }
}
