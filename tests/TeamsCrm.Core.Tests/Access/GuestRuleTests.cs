namespace TeamsCrm.Core.Tests.Access;

/// <summary>The guest decisions the conversation asks the policy for (it decides none itself).</summary>
public sealed class GuestRuleTests
{
    [Fact]
    public void CanSearchPeople_MemberAndGuest_OnlyMember()
    {
        Assert.True(AccessPolicy.CanSearchPeople(TestData.Member));
        Assert.False(AccessPolicy.CanSearchPeople(TestData.GuestA));
    }

    [Theory]
    [InlineData(CommentVisibility.Internal)]
    [InlineData(CommentVisibility.Shared)]
    public void CommentVisibilityFor_Guest_AlwaysShared(CommentVisibility requested)
    {
        Assert.Equal(CommentVisibility.Shared, AccessPolicy.CommentVisibilityFor(TestData.GuestA, requested));
    }

    [Theory]
    [InlineData(CommentVisibility.Internal)]
    [InlineData(CommentVisibility.Shared)]
    public void CommentVisibilityFor_Member_AsRequested(CommentVisibility requested)
    {
        Assert.Equal(requested, AccessPolicy.CommentVisibilityFor(TestData.Member, requested));
    }
}
