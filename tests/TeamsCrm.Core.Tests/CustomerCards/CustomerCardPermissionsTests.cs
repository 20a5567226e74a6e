namespace TeamsCrm.Core.Tests.CustomerCards;

public sealed class CustomerCardPermissionsTests
{
    /// <summary>
    /// caller, level of partner-a's account share (0 = a d1 Edit deal share only; partner-b always has an
    /// account Edit share), then the expected flags.
    /// </summary>
    public static TheoryData<string, int, bool, bool, bool, bool, bool, bool, bool> Roles() => new()
    {
        //                      edit   shared internal log  contacts deal  shares
        { "member", 0,          true,  true,  true,  true,  true,  true,  true },
        { "guest-a", 0,         false, false, false, false, false, false, false },
        { "guest-a", 1,         false, false, false, false, false, false, false },
        { "guest-a", 2,         false, true,  false, false, false, false, false },
        { "guest-a", 3,         false, true,  false, false, false, false, false },
        { "guest-b", 3,         false, true,  false, false, false, false, false },
        { "guest-no-org", 3,    false, false, false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Assemble_CallerAndShare_PermissionFlags(
        string caller, int accountLevel, bool edit, bool shared, bool internalComment, bool log, bool contacts, bool deal, bool shares)
    {
        var card = CustomerCardAssembler.Assemble(PartitionWithAccountShare(accountLevel), AccessPolicy.ForAccount(CallerNamed(caller), SharesFor(accountLevel)));

        Assert.Equal(new CardPermissions(edit, shared, internalComment, log, contacts, deal, shares), card.Permissions);
    }

    [Fact]
    public void Assemble_GuestWithAccountReadShare_SeesContactsDealsAndSharedCommentsOnly()
    {
        var card = CustomerCardAssembler.Assemble(PartitionWithAccountShare(1), AccessPolicy.ForAccount(TestData.GuestA, SharesFor(1)));

        Assert.Equal(2, card.ContactCount);
        Assert.Equal(["d2", "d1"], card.OpenDeals.Select(d => d.Id));
        Assert.All(card.OpenDeals, d => Assert.Empty(d.AllowedStages));
        Assert.Equal(["k-2", "k-3", "k-5"], card.LatestComments.Select(c => c.Id));
        Assert.Empty(card.RecentInteractions);
        Assert.Equal(["h-1", "h-3"], card.Handoffs.Select(h => h.Id));
        Assert.Null(card.Account.Segment);
    }

    [Fact]
    public void Assemble_GuestOfOtherOrganization_SeesOnlyOwnShareAndNoHandoffs()
    {
        var card = SamplePartition.CardFor(TestData.GuestB);

        Assert.Equal(TestData.PartnerB, Assert.Single(card.Shares).PartnerOrganizationId);
        Assert.Empty(card.Handoffs);
        Assert.Equal(["d2", "d1"], card.OpenDeals.Select(d => d.Id));
    }

    private static Share[] SharesFor(int accountLevel) => accountLevel == 0
        ? SamplePartition.Build().Shares.ToArray()
        : [TestData.AccountShare(TestData.PartnerA, (ShareLevel)accountLevel), TestData.AccountShare(TestData.PartnerB, ShareLevel.Edit)];

    private static Persistence.AccountPartition PartitionWithAccountShare(int accountLevel) =>
        SamplePartition.Build() with { Shares = SharesFor(accountLevel) };

    private static Identity.Caller CallerNamed(string name) => name switch
    {
        "member" => TestData.Member,
        "guest-a" => TestData.GuestA,
        "guest-b" => TestData.GuestB,
        "guest-no-org" => TestData.GuestNoOrg,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
