namespace TeamsCrm.Core.Tests.Handoffs;

/// <summary>The guest hand-back rule: only the sender of the latest accepted handoff of that deal to the guest.</summary>
public sealed class GuestHandBackTests
{
    [Fact]
    public void RecipientFor_SeveralHandoffs_LatestAcceptedToTheGuestWins()
    {
        var handoffs = new[]
        {
            Handoff("h1", TestData.Member, HandoffStatus.Accepted, minutes: 1),
            Handoff("h2", TestData.OtherMember, HandoffStatus.Accepted, minutes: 2),
            Handoff("h3", TestData.Member, HandoffStatus.Declined, minutes: 3),
            Handoff("h4", TestData.Member, HandoffStatus.Pending, minutes: 4),
        };

        Assert.Equal(TestData.OtherMember.UserId, GuestHandBack.RecipientFor(handoffs, "deal-1", TestData.GuestA.UserId)!.UserId);
    }

    [Fact]
    public void RecipientFor_NothingAcceptedByTheGuest_Nobody()
    {
        var handoffs = new[]
        {
            Handoff("h1", TestData.Member, HandoffStatus.Declined, minutes: 1),
            Handoff("h2", TestData.Member, HandoffStatus.Accepted, minutes: 2) with { To = TestData.OtherGuestA.AsPerson() },
            Handoff("h3", TestData.Member, HandoffStatus.Accepted, minutes: 3) with { DealId = "deal-2" },
        };

        Assert.Null(GuestHandBack.RecipientFor(handoffs, "deal-1", TestData.GuestA.UserId));
        Assert.Empty(GuestHandBack.RecipientsFor(handoffs, ["deal-1"], TestData.GuestA.UserId));
    }

    [Fact]
    public void RecipientsFor_TwoDealsFromOneMember_OfferedOnce()
    {
        var handoffs = new[]
        {
            Handoff("h1", TestData.Member, HandoffStatus.Accepted, minutes: 1),
            Handoff("h2", TestData.Member, HandoffStatus.Accepted, minutes: 2) with { DealId = "deal-2" },
        };

        Assert.Equal([TestData.Member.UserId], GuestHandBack.RecipientsFor(handoffs, ["deal-1", "deal-2"], TestData.GuestA.UserId).Select(p => p.UserId));
    }

    private static Handoff Handoff(string id, Caller from, HandoffStatus status, int minutes) => new()
    {
        Id = id,
        AccountId = "account-1",
        DealId = "deal-1",
        From = from.AsPerson(),
        To = TestData.GuestA.AsPerson(),
        Status = status,
        CreatedAt = TestData.Now,
        RespondedAt = status == HandoffStatus.Pending ? null : TestData.Now.AddMinutes(minutes),
    };
}
