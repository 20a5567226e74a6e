namespace TeamsCrm.Core.Tests.Partners;

/// <summary>What a person saw of a share, and when the share is still that.</summary>
public sealed class ShareSeenTests
{
    private static readonly Share Stored = TestData.AccountShare(TestData.PartnerA, ShareLevel.Read) with { Version = "W/\"v1\"" };

    [Fact]
    public void Of_AStoredShare_MatchesOnlyThatVersion()
    {
        var seen = ShareSeen.Of(Stored);

        Assert.True(seen.Matches(Stored));
        Assert.False(seen.Matches(Stored with { Version = "W/\"v2\"" }));
        Assert.False(seen.Matches(null));
    }

    [Fact]
    public void None_MatchesOnlyNoShare()
    {
        Assert.True(ShareSeen.Of(null).Matches(null));
        Assert.False(ShareSeen.None.Matches(Stored));
        Assert.False(ShareSeen.None.Matches(Stored with { Version = null }));
    }

    [Fact]
    public void Token_RoundTripsThroughCardData_BlankMeansNothingToCheck()
    {
        Assert.Equal(ShareSeen.NoneToken, ShareSeen.None.Token);
        Assert.Same(ShareSeen.None, ShareSeen.Parse(ShareSeen.None.Token));
        Assert.True(ShareSeen.Parse(ShareSeen.Of(Stored).Token)!.Matches(Stored));
        Assert.Null(ShareSeen.Parse(null));
        Assert.Null(ShareSeen.Parse(" "));
    }
}
