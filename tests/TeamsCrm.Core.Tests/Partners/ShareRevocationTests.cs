namespace TeamsCrm.Core.Tests.Partners;

/// <summary>Which pending handoffs end when a share is taken back.</summary>
public sealed class ShareRevocationTests
{
    private static readonly Handoff ToGuest = Pending("h-1", "d-1", TestData.GuestA);
    private static readonly Handoff ToMember = Pending("h-2", "d-2", TestData.OtherMember);
    private static readonly Handoff OtherDeal = Pending("h-3", "d-3", TestData.GuestA);
    private static readonly Handoff Answered = Pending("h-4", "d-4", TestData.GuestA) with { Status = HandoffStatus.Declined };

    [Fact]
    public void Candidates_AccountShare_EveryPendingHandoffOfTheAccount()
    {
        var candidates = ShareRevocation.Candidates([ToGuest, ToMember, OtherDeal, Answered], TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit));

        Assert.Equal(["h-1", "h-2", "h-3"], candidates.Select(h => h.Id));
    }

    [Fact]
    public void Candidates_DealShare_OnlyThatDealsPendingHandoff()
    {
        var candidates = ShareRevocation.Candidates([ToGuest, ToMember, OtherDeal], TestData.DealShare(TestData.PartnerA, "d-1", ShareLevel.Edit));

        Assert.Equal("h-1", Assert.Single(candidates).Id);
    }

    [Fact]
    public void MustWithdraw_GuestWithNothingLeft_True()
    {
        Assert.True(ShareRevocation.MustWithdraw(ToGuest, TestData.GuestA, []));
    }

    [Fact]
    public void MustWithdraw_GuestWhoseOrganisationKeepsOnlyReadAccess_True()
    {
        Assert.True(ShareRevocation.MustWithdraw(ToGuest, TestData.GuestA, [TestData.AccountShare(TestData.PartnerA, ShareLevel.Read)]));
    }

    [Fact]
    public void MustWithdraw_GuestWithAnotherEditShareOfTheDeal_False()
    {
        Assert.False(ShareRevocation.MustWithdraw(ToGuest, TestData.GuestA, [TestData.DealShare(TestData.PartnerA, "d-1", ShareLevel.Edit)]));
        Assert.False(ShareRevocation.MustWithdraw(ToGuest, TestData.GuestA, [TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit)]));
    }

    [Fact]
    public void MustWithdraw_AnotherOrganisationsShareDoesNotKeepIt_True()
    {
        Assert.True(ShareRevocation.MustWithdraw(ToGuest, TestData.GuestA, [TestData.AccountShare(TestData.PartnerB, ShareLevel.Edit)]));
    }

    [Fact]
    public void MustWithdraw_Member_NeverAffected()
    {
        Assert.False(ShareRevocation.MustWithdraw(ToMember, TestData.OtherMember, []));
    }

    [Fact]
    public void Withdraw_Pending_EndsIt_AnsweredIsRefused()
    {
        var withdrawn = ToGuest.Withdraw(TestData.Now);

        Assert.Equal((HandoffStatus.Withdrawn, TestData.Now), (withdrawn.Value!.Status, withdrawn.Value.RespondedAt));
        Assert.False(withdrawn.Value.NeedsReminder(TestData.Now.AddDays(30)));
        Assert.Equal("Rule.HandoffNotPending", Answered.Withdraw(TestData.Now).Error!.Code);
    }

    private static Handoff Pending(string id, string dealId, Caller to) => new()
    {
        Id = id,
        AccountId = TestData.AccountId,
        DealId = dealId,
        From = TestData.Member.AsPerson(),
        To = to.AsPerson(),
        CreatedAt = TestData.Now.AddDays(-1),
        DueAt = TestData.Now.AddDays(-1),
    };
}
