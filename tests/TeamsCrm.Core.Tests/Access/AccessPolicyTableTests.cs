namespace TeamsCrm.Core.Tests.Access;

/// <summary>
/// The access policy as a decision table: caller × sharing state × action (on the account, or on deal d1 / d2).
/// The expected outcomes are written out by hand below, not derived from the policy's own logic.
/// </summary>
public sealed class AccessPolicyTableTests
{
    private const string Y = "Y";

    /// <summary>The sharing states (columns of the tables), all on an account with deals d1 and d2.</summary>
    private static readonly (string Name, Share[] Shares)[] SharingStates =
    [
        ("none", []),
        ("account-read-A", [TestData.AccountShare(TestData.PartnerA, ShareLevel.Read)]),
        ("account-contribute-A", [TestData.AccountShare(TestData.PartnerA, ShareLevel.Contribute)]),
        ("account-edit-A", [TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit)]),
        ("deal-d1-read-A", [TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Read)]),
        ("deal-d1-edit-A", [TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Edit)]),
        ("account-read+d1-edit-A", [TestData.AccountShare(TestData.PartnerA, ShareLevel.Read), TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Edit)]),
        ("account-edit+d1-read-A", [TestData.AccountShare(TestData.PartnerA, ShareLevel.Edit), TestData.DealShare(TestData.PartnerA, "d1", ShareLevel.Read)]),
        ("account-edit-B-only", [TestData.AccountShare(TestData.PartnerB, ShareLevel.Edit)]),
    ];

    // Expected outcome for a guest of partner-a ("Y" allowed, "-" denied), one column per sharing state:
    //                                                      none  aR  aC  aE  d1R d1E aR+ aE+ bE
    //                                                                                d1E d1R
    private static readonly (CrmAction Action, string? Deal, string Expected)[] GuestOfPartnerA =
    [
        (CrmAction.ViewAccount, null,                       "-    Y   Y   Y   Y   Y   Y   Y   -"),
        (CrmAction.ViewContacts, null,                      "-    Y   Y   Y   -   -   Y   Y   -"),
        (CrmAction.ViewDeal, null,                          "-    Y   Y   Y   -   -   Y   Y   -"),
        (CrmAction.ViewDeal, "d1",                          "-    Y   Y   Y   Y   Y   Y   Y   -"),
        (CrmAction.ViewDeal, "d2",                          "-    Y   Y   Y   -   -   Y   Y   -"),
        (CrmAction.ViewInternalFields, null,                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewSharedComments, null,                "-    Y   Y   Y   -   -   Y   Y   -"),
        (CrmAction.ViewSharedComments, "d1",                "-    Y   Y   Y   Y   Y   Y   Y   -"),
        (CrmAction.ViewSharedComments, "d2",                "-    Y   Y   Y   -   -   Y   Y   -"),
        (CrmAction.ViewInternalComments, null,              "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewInternalComments, "d1",              "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewInteractions, null,                  "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewTasks, null,                         "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewShares, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewAudit, null,                         "-    -   -   -   -   -   -   -   -"),
        (CrmAction.CreateAccount, null,                     "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateAccount, null,                     "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageContacts, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.CreateDeal, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateDeal, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateDeal, "d1",                        "-    -   -   Y   -   Y   Y   Y   -"),
        (CrmAction.UpdateDeal, "d2",                        "-    -   -   Y   -   -   -   Y   -"),
        (CrmAction.ChangeDealStage, null,                   "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ChangeDealStage, "d1",                   "-    -   -   Y   -   Y   Y   Y   -"),
        (CrmAction.ChangeDealStage, "d2",                   "-    -   -   Y   -   -   -   Y   -"),
        (CrmAction.HandOffDeal, null,                       "-    -   -   -   -   -   -   -   -"),
        (CrmAction.HandOffDeal, "d1",                       "-    -   -   Y   -   Y   Y   Y   -"),
        (CrmAction.ReceiveHandoff, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ReceiveHandoff, "d1",                    "-    -   -   Y   -   Y   Y   Y   -"),
        (CrmAction.ReceiveHandoff, "d2",                    "-    -   -   Y   -   -   -   Y   -"),
        (CrmAction.AddSharedComment, null,                  "-    -   Y   Y   -   -   -   Y   -"),
        (CrmAction.AddSharedComment, "d1",                  "-    -   Y   Y   -   Y   Y   Y   -"),
        (CrmAction.AddSharedComment, "d2",                  "-    -   Y   Y   -   -   -   Y   -"),
        (CrmAction.AddInternalComment, null,                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.AddInternalComment, "d1",                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.LogInteraction, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageTasks, null,                       "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageShares, null,                      "-    -   -   -   -   -   -   -   -"),
    ];

    // A guest of partner-b gets nothing from partner-a's shares; with partner-b's own account Edit
    // share (last column) they get exactly what partner-a's guest gets with an account Edit share.
    //                                                      none  aR  aC  aE  d1R d1E aR+ aE+ bE
    private static readonly (CrmAction Action, string? Deal, string Expected)[] GuestOfPartnerB =
    [
        (CrmAction.ViewAccount, null,                       "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewContacts, null,                      "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewDeal, null,                          "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewDeal, "d1",                          "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewDeal, "d2",                          "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewInternalFields, null,                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewSharedComments, null,                "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewSharedComments, "d1",                "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewSharedComments, "d2",                "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ViewInternalComments, null,              "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewInternalComments, "d1",              "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewInteractions, null,                  "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewTasks, null,                         "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewShares, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ViewAudit, null,                         "-    -   -   -   -   -   -   -   -"),
        (CrmAction.CreateAccount, null,                     "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateAccount, null,                     "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageContacts, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.CreateDeal, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateDeal, null,                        "-    -   -   -   -   -   -   -   -"),
        (CrmAction.UpdateDeal, "d1",                        "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.UpdateDeal, "d2",                        "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ChangeDealStage, null,                   "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ChangeDealStage, "d1",                   "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ChangeDealStage, "d2",                   "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.HandOffDeal, null,                       "-    -   -   -   -   -   -   -   -"),
        (CrmAction.HandOffDeal, "d1",                       "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ReceiveHandoff, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ReceiveHandoff, "d1",                    "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.ReceiveHandoff, "d2",                    "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.AddSharedComment, null,                  "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.AddSharedComment, "d1",                  "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.AddSharedComment, "d2",                  "-    -   -   -   -   -   -   -   Y"),
        (CrmAction.AddInternalComment, null,                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.AddInternalComment, "d1",                "-    -   -   -   -   -   -   -   -"),
        (CrmAction.LogInteraction, null,                    "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageTasks, null,                       "-    -   -   -   -   -   -   -   -"),
        (CrmAction.ManageShares, null,                      "-    -   -   -   -   -   -   -   -"),
    ];

    public static TheoryData<string, string, CrmAction, string?, bool> Cases()
    {
        var data = new TheoryData<string, string, CrmAction, string?, bool>();
        for (var column = 0; column < SharingStates.Length; column++)
        {
            var state = SharingStates[column].Name;
            foreach (var (action, deal, expected) in GuestOfPartnerA)
            {
                // Members may do everything, whatever is shared; a guest without an organisation gets nothing.
                data.Add("member", state, action, deal, true);
                data.Add("guest-no-org", state, action, deal, false);
                data.Add("guest-partner-a", state, action, deal, Cell(expected, column));
            }

            foreach (var (action, deal, expected) in GuestOfPartnerB)
            {
                data.Add("guest-partner-b", state, action, deal, Cell(expected, column));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Can_CallerSharingAction_MatchesTable(string caller, string sharing, CrmAction action, string? dealId, bool expected)
    {
        var access = AccessPolicy.ForAccount(CallerNamed(caller), SharesNamed(sharing));

        Assert.Equal(expected, access.Can(action, dealId));
    }

    [Fact]
    public void Tables_CoverEveryCrmAction_OnTheAccount()
    {
        foreach (var table in new[] { GuestOfPartnerA, GuestOfPartnerB })
        {
            var covered = table.Where(r => r.Deal is null).Select(r => r.Action).ToHashSet();
            Assert.Equal(Enum.GetValues<CrmAction>().ToHashSet(), covered);
            Assert.All(table, r => Assert.Equal(SharingStates.Length, Cells(r.Expected).Length));
        }
    }

    private static bool Cell(string row, int column) => Cells(row)[column] == Y;

    private static string[] Cells(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Share[] SharesNamed(string name) => SharingStates.Single(s => s.Name == name).Shares;

    private static Caller CallerNamed(string name) => name switch
    {
        "member" => TestData.Member,
        "guest-partner-a" => TestData.GuestA,
        "guest-partner-b" => TestData.GuestB,
        "guest-no-org" => TestData.GuestNoOrg,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
