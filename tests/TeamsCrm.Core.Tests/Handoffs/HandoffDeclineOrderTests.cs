namespace TeamsCrm.Core.Tests.Handoffs;

public sealed class HandoffDeclineOrderTests
{
    private static Handoff Pending() => new()
    {
        Id = "0190a1b2c3d47000800000000000000a",
        AccountId = "0190a1b2c3d47000800000000000000b",
        DealId = "0190a1b2c3d47000800000000000000c",
        From = TestData.Member.AsPerson(),
        To = TestData.OtherMember.AsPerson(),
        CreatedAt = TestData.Now,
    };

    [Fact]
    public void Decline_ByNonRecipientWithoutReason_OnlyRecipientRuleComesFirst()
    {
        var result = Pending().Decline(TestData.GuestA, "", TestData.Now);

        Assert.Equal(ErrorCodes.HandoffOnlyRecipient, result.Error!.Code);
    }

    [Fact]
    public void Decline_ClosedHandoffWithoutReason_NotPendingRuleComesFirst()
    {
        var closed = Pending() with { Status = HandoffStatus.Cancelled };

        var result = closed.Decline(TestData.OtherMember, " ", TestData.Now);

        Assert.Equal(ErrorCodes.HandoffNotPending, result.Error!.Code);
    }

    [Fact]
    public void Decline_RecipientWithoutReason_NeedsReason()
    {
        Assert.Equal(ErrorCodes.DeclineNeedsReason, Pending().Decline(TestData.OtherMember, "", TestData.Now).Error!.Code);
    }
}
