namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// A guest's customer card, assembled by Core for the guest, carries no internal data anywhere in its JSON —
/// not in texts, data payloads or inputs. The member's card of the same partition is the positive control.
/// </summary>
public sealed class GuestViewTests
{
    private static readonly string[] InternalMarkers =
    [
        CardSamples.SecretSegment,
        CardSamples.DealSource,
        CardSamples.InternalComment,
        CardSamples.InternalDealComment,
        CardSamples.InteractionSummary,
        CardSamples.MemberHandoffNote,
        CardSamples.OtherOrgName,
        CardSamples.PartnerB,
        "Lukas Lang",
    ];

    public static TheoryData<string, int?, int?> GuestShares => new()
    {
        { "en-US", (int)ShareLevel.Contribute, (int)ShareLevel.Edit },
        { "de-DE", (int)ShareLevel.Contribute, (int)ShareLevel.Edit },
        { "en-US", (int)ShareLevel.Read, null },
        { "de-DE", null, (int)ShareLevel.Edit },
        { "en-US", null, (int)ShareLevel.Read },
    };

    [Theory]
    [MemberData(nameof(GuestShares))]
    public void Build_GuestCard_ContainsNoInternalData(string locale, int? accountLevel, int? dealLevel)
    {
        var card = CardCatalogue.CardFor(CardSamples.GuestA, (ShareLevel?)accountLevel, (ShareLevel?)dealLevel);
        var json = CardValidator.Serialize(CustomerCardBuilder.Build(card, CardContext.ForLocale(locale), CardCatalogue.FullOptions));

        Assert.All(InternalMarkers, marker => Assert.DoesNotContain(marker, json, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Percent(locale), json, StringComparison.Ordinal);
        Assert.DoesNotContain("Probability", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Wahrscheinlichkeit", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Segment", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Internal\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardFields.HandoffRecipientId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.LogInteraction, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GuestWithDealShareOnly_DoesNotSeeOtherDeals()
    {
        var card = CardCatalogue.CardFor(CardSamples.GuestA, null, ShareLevel.Edit);
        var json = CardValidator.Serialize(CustomerCardBuilder.Build(card, CardContext.English, CardCatalogue.FullOptions));

        Assert.DoesNotContain(CardSamples.HiddenDealTitle, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d2\"", json, StringComparison.Ordinal);
        Assert.Contains("Retrofit line 3", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MemberCard_ContainsTheInternalData()
    {
        var json = CardValidator.Serialize(CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English, CardCatalogue.FullOptions));

        // The compact card leaves the older comments and the handoff history (with its notes) to the account tab.
        Assert.All(InternalMarkers.Except([CardSamples.DealSource, CardSamples.PartnerB, CardSamples.InternalDealComment, CardSamples.MemberHandoffNote]),
            marker => Assert.Contains(marker, json, StringComparison.Ordinal));
        Assert.Contains(Percent("en-US"), json, StringComparison.Ordinal);
        Assert.Contains(CardFields.HandoffRecipientId, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GuestWithContribute_CommentFormIsSharedOnly()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.GuestA), CardContext.English);
        var save = Assert.Single(CardJson.Executes(card), e => e["verb"]!.GetValue<string>() == CardVerbs.AddComment);

        Assert.Equal("Shared", save["data"]![CardFields.CommentVisibility]!.GetValue<string>());
        Assert.DoesNotContain(CardJson.OfType(card, "Input.ChoiceSet"), c => c["id"]!.GetValue<string>() == CardFields.CommentVisibility);
    }

    [Fact]
    public void Build_GuestWithReadShare_HasNoWriteActions()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.GuestA, ShareLevel.Read, null), CardContext.English, CardCatalogue.FullOptions);
        var verbs = CardJson.Executes(card).Select(e => e["verb"]!.GetValue<string>()).Distinct().ToArray();

        Assert.Equal([CardVerbs.Refresh], verbs);
    }

    /// <summary>Even a read model that wrongly kept internal data renders none of it when it is marked redacted.</summary>
    [Fact]
    public void Build_RedactedModelWithInternalData_StillRendersNoneOfIt()
    {
        var leaky = CardCatalogue.CardFor(CardSamples.Member) with { IsRedacted = true };
        var json = CardValidator.Serialize(CustomerCardBuilder.Build(leaky, CardContext.English));

        Assert.DoesNotContain(CardSamples.SecretSegment, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.InternalComment, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.InteractionSummary, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.OtherOrgName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Percent("en-US"), json, StringComparison.Ordinal);
    }

    private static string Percent(string locale) => (CardSamples.SecretProbability / 100m).ToString("P0", CultureInfo.GetCultureInfo(locale));
}
