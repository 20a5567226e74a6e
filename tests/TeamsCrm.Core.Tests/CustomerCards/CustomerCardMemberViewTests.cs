namespace TeamsCrm.Core.Tests.CustomerCards;

public sealed class CustomerCardMemberViewTests
{
    private readonly CustomerCard _card = SamplePartition.CardFor(TestData.Member);

    [Fact]
    public void Assemble_Member_SeesUnredactedAccount()
    {
        Assert.False(_card.IsRedacted);
        Assert.Equal(SamplePartition.SecretSegment, _card.Account.Segment);
    }

    [Fact]
    public void Assemble_Member_SeesAllContactsKeyContactFirst()
    {
        Assert.Equal(2, _card.ContactCount);
        Assert.Equal(["c-1", "c-2"], _card.KeyContacts.Select(c => c.Id));
    }

    [Fact]
    public void Assemble_Member_SeesOpenDealsByCloseDateWithInternalFields()
    {
        Assert.Equal(["d2", "d1"], _card.OpenDeals.Select(d => d.Id));
        var d1 = _card.OpenDeals.Single(d => d.Id == "d1");
        Assert.Equal(60, d1.Probability);
        Assert.Equal(SamplePartition.DealSource, d1.Source);
        Assert.True(d1.CanHandOff);
        Assert.NotEmpty(d1.AllowedStages);
    }

    [Fact]
    public void Assemble_Member_SeesEveryComment()
    {
        Assert.Equal(["k-1", "k-2", "k-3", "k-4", "k-5"], _card.LatestComments.Select(c => c.Id));
    }

    [Fact]
    public void Assemble_Member_SeesInteractions()
    {
        Assert.Equal(SamplePartition.InteractionSummary, Assert.Single(_card.RecentInteractions).Summary);
    }

    [Fact]
    public void Assemble_Member_SeesEveryHandoffNewestFirst()
    {
        Assert.Equal(["h-1", "h-2", "h-3", "h-4"], _card.Handoffs.Select(h => h.Id));
    }

    [Fact]
    public void Assemble_Member_SeesEveryShare()
    {
        Assert.Equal([TestData.PartnerA, TestData.PartnerB], _card.Shares.Select(s => s.PartnerOrganizationId));
    }

    [Fact]
    public void Assemble_Member_HasEveryPermission()
    {
        Assert.Equal(new CardPermissions(true, true, true, true, true, true, true), _card.Permissions);
    }

    [Fact]
    public void Serialize_MemberCard_ContainsInternalData()
    {
        var json = JsonSerializer.Serialize(_card);

        Assert.Contains(SamplePartition.InternalAccountComment, json, StringComparison.Ordinal);
        Assert.Contains(SamplePartition.SecretSegment, json, StringComparison.Ordinal);
        Assert.Contains(TestData.PartnerBName, json, StringComparison.Ordinal);
    }
}
