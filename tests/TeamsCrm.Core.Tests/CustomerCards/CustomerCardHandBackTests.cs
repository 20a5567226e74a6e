namespace TeamsCrm.Core.Tests.CustomerCards;

/// <summary>
/// A partner hands a deal back only to the member who handed it to them; the card names that member from every
/// handoff of the account, even when the handoff that made them the giver is older than the five the card shows.
/// </summary>
public sealed class CustomerCardHandBackTests
{
    [Fact]
    public void Assemble_GuestWhoseGiverIsOlderThanTheShownHandoffs_StillOffersTheGiver()
    {
        var partition = SamplePartition.Build();
        var accepted = Handoff("h-90", TestData.OtherMember, HandoffStatus.Accepted);
        var newer = Enumerable.Range(10, CustomerCardAssembler.HandoffHistoryLimit)
            .Select(i => Handoff($"h-{i}", TestData.Member, HandoffStatus.Declined));
        partition = partition with { Handoffs = [accepted, .. newer] };

        var card = CustomerCardAssembler.Assemble(partition, AccessPolicy.ForAccount(TestData.GuestA, partition.Shares));

        Assert.DoesNotContain(card.Handoffs, h => h.Id == accepted.Id);
        Assert.Equal([TestData.OtherMember.UserId], card.HandBackRecipients.Select(p => p.UserId));
    }

    [Fact]
    public void Assemble_Member_NoHandBackRecipients()
    {
        Assert.Empty(SamplePartition.CardFor(TestData.Member).HandBackRecipients);
    }

    private static Handoff Handoff(string id, Caller from, HandoffStatus status) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        DealId = "d1",
        From = from.AsPerson(),
        To = TestData.GuestA.AsPerson(),
        Note = "Over to you",
        Status = status,
        CreatedAt = TestData.Now.AddHours(-int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)),
        RespondedAt = TestData.Now.AddHours(-int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture) + 1),
    };
}
