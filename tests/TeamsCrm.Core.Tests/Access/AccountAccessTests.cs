namespace TeamsCrm.Core.Tests.Access;

public sealed class AccountAccessTests
{
    private static readonly Share[] AccountReadForA = [TestData.AccountShare(TestData.PartnerA, ShareLevel.Read)];

    [Fact]
    public void IsRedacted_Member_IsFalse()
    {
        var access = AccessPolicy.ForAccount(TestData.Member, []);

        Assert.False(access.IsRedacted);
        Assert.True(access.CanSeeAccount);
    }

    [Fact]
    public void IsRedacted_GuestWithEditShare_IsTrue()
    {
        var access = AccessPolicy.ForAccount(TestData.GuestA, [TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit)]);

        Assert.True(access.IsRedacted);
        Assert.True(access.CanSeeAccount);
    }

    [Fact]
    public void IsRedacted_GuestWithoutOrganization_IsTrueAndSeesNothing()
    {
        var access = AccessPolicy.ForAccount(TestData.GuestNoOrg, AccountReadForA);

        Assert.True(access.IsRedacted);
        Assert.False(access.CanSeeAccount);
    }

    [Fact]
    public void CanSeeAccount_GuestWithEmptyOrganizationId_IsFalse()
    {
        var guest = new Caller(TestData.Tenant, "guest-e", "Empty Org", CallerRole.Guest, string.Empty);
        var shares = new[] { TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit) with { PartnerOrganizationId = string.Empty } };

        var access = AccessPolicy.ForAccount(guest, shares);

        Assert.False(access.CanSeeAccount);
        Assert.False(access.Can(CrmAction.ViewDeal, "d1"));
    }

    [Fact]
    public void CanSeeDeal_GuestWithDealShare_OnlyThatDeal()
    {
        var access = AccessPolicy.ForAccount(TestData.GuestA, [TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Read)]);

        Assert.True(access.CanSeeDeal("d1"));
        Assert.False(access.CanSeeDeal("d2"));
    }

    [Fact]
    public void Caller_AnyAccess_IsTheCallerItWasBuiltFor()
    {
        var access = AccessPolicy.ForAccount(TestData.GuestA, AccountReadForA);

        Assert.Same(TestData.GuestA, access.Caller);
    }

    [Fact]
    public void CanCreateAccounts_MemberAndGuest_OnlyMember()
    {
        Assert.True(AccessPolicy.CanCreateAccounts(TestData.Member));
        Assert.False(AccessPolicy.CanCreateAccounts(TestData.GuestA));
        Assert.True(AccessPolicy.IsInternal(TestData.Member));
        Assert.False(AccessPolicy.IsInternal(TestData.GuestA));
    }
}
