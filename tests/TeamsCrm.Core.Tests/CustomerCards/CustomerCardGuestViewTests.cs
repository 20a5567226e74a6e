namespace TeamsCrm.Core.Tests.CustomerCards;

/// <summary>The card for a partner-a guest whose organisation has only a deal share (d1, Edit).</summary>
public sealed class CustomerCardGuestViewTests
{
    private readonly CustomerCard _card = SamplePartition.CardFor(TestData.GuestA);

    [Fact]
    public void Assemble_GuestWithDealShare_SeesRedactedAccount()
    {
        Assert.Equal(TestData.AccountId, _card.Account.Id);
        Assert.Equal("Mueller Maschinenbau GmbH", _card.Account.Name);
        Assert.Null(_card.Account.Segment);
        Assert.True(_card.IsRedacted);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesOnlyThatDealWithoutInternalFields()
    {
        var deal = Assert.Single(_card.OpenDeals);

        Assert.Equal("d1", deal.Id);
        Assert.Null(deal.Probability);
        Assert.Null(deal.Source);
        Assert.Equal([DealStage.Qualified, DealStage.Negotiation, DealStage.Won, DealStage.Lost], deal.AllowedStages);
        Assert.False(deal.CanHandOff);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesNoContacts()
    {
        Assert.Empty(_card.KeyContacts);
        Assert.Equal(0, _card.ContactCount);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesOnlySharedCommentsOfThatDeal()
    {
        var comment = Assert.Single(_card.LatestComments);

        Assert.Equal("k-3", comment.Id);
        Assert.Equal(SamplePartition.SharedD1Comment, comment.Text);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesNoInteractions()
    {
        Assert.Empty(_card.RecentInteractions);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesOnlyHandoffsTheyArePartyToOnVisibleDeals()
    {
        var handoff = Assert.Single(_card.Handoffs);

        Assert.Equal("h-1", handoff.Id);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_SeesOnlyTheirOwnOrganizationsShare()
    {
        var share = Assert.Single(_card.Shares);

        Assert.Equal(TestData.PartnerA, share.PartnerOrganizationId);
        Assert.Equal("d1", share.DealId);
    }

    [Fact]
    public void Assemble_GuestWithDealShare_HasNoAccountLevelPermissions()
    {
        Assert.Equal(new CardPermissions(false, false, false, false, false, false, false), _card.Permissions);
    }

    [Fact]
    public void Serialize_GuestCard_ContainsWhatTheGuestMaySee()
    {
        var json = JsonSerializer.Serialize(_card);

        Assert.Contains("Deal One Retrofit", json, StringComparison.Ordinal);
        Assert.Contains(SamplePartition.SharedD1Comment, json, StringComparison.Ordinal);
        Assert.Contains(TestData.PartnerAName, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SamplePartition.InternalAccountComment)]
    [InlineData(SamplePartition.InternalDealComment)]
    [InlineData(SamplePartition.SecretSegment)]
    [InlineData(TestData.PartnerBName)]
    [InlineData(TestData.PartnerB)]
    [InlineData(SamplePartition.SharedAccountComment)]
    [InlineData(SamplePartition.SharedD2Comment)]
    [InlineData(SamplePartition.InteractionSummary)]
    [InlineData(SamplePartition.DealSource)]
    [InlineData(SamplePartition.ContactLastName)]
    [InlineData(SamplePartition.MemberHandoffNote)]
    [InlineData(SamplePartition.OtherGuestHandoffNote)]
    [InlineData("Deal Two Service Contract")]
    public void Serialize_GuestCard_DoesNotLeak(string secret)
    {
        var json = JsonSerializer.Serialize(_card);

        Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
    }
}
